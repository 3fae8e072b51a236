## Урилгаар олгох үүрэг.

help-invite-mentor = /invite_mentor: менторт нэг удаагийн урилга (зохион байгуулагч)
help-invite-organizer = /invite_organizer: зохион байгуулагчид нэг удаагийн урилга (зохион байгуулагч)
help-revoke-role = /revoke_role: ментор, зохион байгуулагчийн үүргийг цуцлах (зохион байгуулагч)

role-mentor = ментор
role-organizer = зохион байгуулагч
role-as-mentor = ментор
role-as-organizer = зохион байгуулагч
role-invite =
    { $role } болох урилга. Нэг удаа, { $expires } хүртэл хүчинтэй:
    { $ways }
role-invite-used = Энэ урилгыг аль хэдийн ашигласан байна. Зохион байгуулагчдаас шинэ урилга хүснэ үү.
role-invite-expired = Энэ урилгын хугацаа дууссан байна. Зохион байгуулагчдаас шинэ урилга хүснэ үү.
role-already = Та аль хэдийн { $role } болсон байна.
role-granted-mentor = Тавтай морилно уу! Та одоо { $program } хөтөлбөрийн ментор боллоо.
role-granted-organizer = Тавтай морилно уу! Та одоо { $program } хөтөлбөрийн зохион байгуулагч боллоо. Юу хийж болохыг /help тушаалаар харна уу.
role-invite-accepted = { $name } таны урилгыг хүлээн авч { $role } боллоо.
role-revoke-nobody = Өөр хэн ч ментор эсвэл зохион байгуулагчийн үүрэгтэй биш байна.
role-revoke-choose = Хэний үүргийг цуцлах вэ?
role-holder = { $name }: { $role }
role-not-held = { $name } (одоо) { $role } биш байна.
role-revoked = { $name } одоо { $role } биш боллоо.
role-you-lost = Та { $program } хөтөлбөрийн { $role } байхаа больлоо.
