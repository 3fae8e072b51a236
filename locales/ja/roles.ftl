## 招待による役割。

help-invite-mentor = /invite_mentor：メンター用の1回限りの招待（運営者）
help-invite-organizer = /invite_organizer：運営者用の1回限りの招待（運営者）
help-revoke-role = /revoke_role：メンターや運営者の役割を外す（運営者）

role-mentor = メンター
role-organizer = 運営者
role-as-mentor = メンター
role-as-organizer = 運営者
role-invite =
    { $role }としての招待です。1回のみ、{ $expires }までご利用いただけます：
    { $ways }
role-invite-used = この招待はすでに使用されています。運営者に新しい招待をご依頼ください。
role-invite-expired = この招待は有効期限が切れています。運営者に新しい招待をご依頼ください。
role-already = すでに{ $role }として登録されています。
role-granted-mentor = ようこそ。{ $program }のメンターとして登録されました。
role-granted-organizer = ようこそ。{ $program }の運営者として登録されました。運営者向けの機能は /help でご確認いただけます。
role-invite-accepted = { $name }さんが招待を受け、{ $role }になりました。
role-revoke-nobody = ほかにメンターや運営者の役割を持つ方はいません。
role-revoke-choose =
    どなたの役割を外しますか？
    { $holders }
role-holder-line = • { $name }：{ $role }
role-holder = { $name }
role-revoke-which = { $name }さんには2つの役割があります。どちらを外しますか？
role-button-mentor = メンター
role-button-organizer = 運営者
role-not-held = { $name }さんは現在{ $role }ではありません。
role-revoked = { $name }さんを{ $role }から外しました。
role-you-lost = { $program }の{ $role }としての役割が外されました。
