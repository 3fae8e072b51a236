## 招待による役割。

help-invite-mentor = /invite_mentor：メンター用の1回限りの招待（運営者）
help-invite-organizer = /invite_organizer：運営者用の1回限りの招待（運営者）
help-revoke-role = /revoke_role：メンターや運営者の役割を外す（運営者）

role-mentor = メンター
role-organizer = 運営者
role-as-mentor = メンター
role-as-organizer = 運営者
role-invite =
    { $role }になるための招待です。1回だけ、{ $expires }まで使えます：
    { $ways }
role-invite-used = この招待はすでに使われています。運営者に新しい招待を依頼してください。
role-invite-expired = この招待は期限切れです。運営者に新しい招待を依頼してください。
role-already = あなたはすでに{ $role }です。
role-granted-mentor = ようこそ。{ $program }のメンターになりました。
role-granted-organizer = ようこそ。{ $program }の運営者になりました。運営者ができることは /help で確認できます。
role-invite-accepted = { $name } さんが招待を受け、{ $role }になりました。
role-revoke-nobody = 他にメンターや運営者の役割を持つ人はいません。
role-revoke-choose = 誰の役割を外しますか？
role-holder = { $name }：{ $role }
role-not-held = { $name } さんは（もう）{ $role }ではありません。
role-revoked = { $name } さんは{ $role }ではなくなりました。
role-you-lost = { $program }の{ $role }ではなくなりました。
