## Roles given by invitation.

help-invite-mentor = /invite_mentor: a single-use invite for a mentor (organizers)
help-invite-organizer = /invite_organizer: a single-use invite for an organizer (organizers)
help-revoke-role = /revoke_role: take a mentor or organizer role away (organizers)

role-mentor = mentor
role-organizer = organizer
role-as-mentor = a mentor
role-as-organizer = an organizer
role-invite =
    An invite to become { $role }. It works once, until { $expires }:
    { $ways }
role-invite-used = That invite has already been used. Ask the organizers for a new one.
role-invite-expired = That invite has expired. Ask the organizers for a new one.
role-already = You are already { $role }.
role-granted-mentor = Welcome, you are now a mentor of { $program }.
role-granted-organizer = Welcome, you are now an organizer of { $program }. Send /help to see what organizers can do.
role-invite-accepted = { $name } accepted your invite and is now { $role }.
role-revoke-nobody = Nobody else holds a mentor or organizer role.
role-revoke-choose =
    Whose role do you want to take away?
    { $holders }
role-holder-line = • { $name }: { $role }
role-holder = { $name }
role-revoke-which = { $name } holds two roles. Which one do you want to take away?
role-button-mentor = Mentor
role-button-organizer = Organizer
role-not-held = { $name } is not { $role } (any more).
role-revoked = { $name } is no longer { $role }.
role-you-lost = You are no longer { $role } of { $program }.
