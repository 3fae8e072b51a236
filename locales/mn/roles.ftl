## Урилгаар олгох үүрэг.

help-invite-mentor = /invite_mentor: менторт зориулсан нэг удаагийн урилга (зохион байгуулагч)
help-invite-organizer = /invite_organizer: зохион байгуулагчид зориулсан нэг удаагийн урилга (зохион байгуулагч)
help-revoke-role = /revoke_role: ментор, зохион байгуулагчийн үүргийг цуцлах (зохион байгуулагч)

role-mentor = ментор
role-organizer = зохион байгуулагч
role-as-mentor = ментор
role-as-organizer = зохион байгуулагч
role-invite =
    Энэ бол { $role } болох урилга. Нэг удаа ашиглах боломжтой, { $expires } хүртэл хүчинтэй:
    { $ways }
role-invite-used = Энэ урилгыг аль хэдийн ашигласан байна. Зохион байгуулагчдаас шинэ урилга хүснэ үү.
role-invite-expired = Энэ урилгын хугацаа дууссан байна. Зохион байгуулагчдаас шинэ урилга хүснэ үү.
role-already = Та аль хэдийн { $role } болсон байна.
role-granted-mentor = Тавтай морилно уу! Та одоо { $program } хөтөлбөрийн ментор боллоо.
role-granted-organizer = Тавтай морилно уу! Та одоо { $program } хөтөлбөрийн зохион байгуулагч боллоо. Юу хийж болохыг /help тушаалаар харна уу.
role-invite-accepted = { $name } таны урилгыг хүлээн авч { $role } боллоо.
role-revoke-nobody = Ментор эсвэл зохион байгуулагчийн үүрэгтэй өөр хүн алга.
role-revoke-choose =
    Хэний үүргийг цуцлах вэ?
    { $holders }
role-holder-line = • { $name }: { $role }
role-holder = { $name }
role-revoke-which = { $name } хоёр үүрэгтэй. Алийг нь цуцлах вэ?
role-button-mentor = Ментор
role-button-organizer = Зохион байгуулагч
role-not-held = { $name } одоогоор { $role } биш байна.
role-revoked = { $name } { $role } байхаа больлоо.
role-you-lost = Та { $program } хөтөлбөрийн { $role } байхаа больлоо.
