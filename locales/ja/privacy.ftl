## 同意、保存している情報、その削除。

help-privacy = /privacy：保存しているご自身の情報
help-delete-me = /delete_me：ご自身の個人情報を削除

privacy-consent =
    チームの登録・参加の前に：プログラム運営のため、このプラットフォームでのお名前、チームの情報（名前、組織、連絡先メールと電話番号）、所属を保存します。運営者はこれらを閲覧・エクスポートできます。いつでも /privacy で確認し、/delete_me で削除できます。（同意文バージョン{ $version }）
privacy-agree = 同意する
privacy-summary =
    保存している情報：
    チャネルとID：{ $channel } { $id }
    お名前：{ $name }
    言語：{ $language }、タイムゾーン：{ $zone }
    役割：
    { $roles }
    同意：{ $consent }
    { $kept }
    個人情報を削除するには /delete_me を送ってください。
privacy-consent-given = バージョン{ $version }、{ $at }に同意
privacy-consent-none = 未同意
privacy-team-line = • { $team }（{ $role }）
privacy-teams =
    チーム：
    { $teams }
privacy-conversation = 入力途中のフォーム（これまでに入力された内容）
privacy-reminder-mutes = オフにしたリマインダー：{ $count }
privacy-invites = 作成または使用した招待：{ $invites }、誤って入力された招待コード：{ $wrong }
privacy-decks = 提出したピッチ資料：{ $decks }、許可した締め切りの延長：{ $extensions }
privacy-deck-notices-muted = 新しい資料ごとの通知をオフにしています。
privacy-mentor-profile = メンターのプロフィール：{ $name }、{ $organization }、専門分野：{ $expertise }
privacy-mentoring = 担当チーム：{ $teams }、依頼または担当したメンタリングセッション：{ $sessions }
privacy-broadcasts = 作成したお知らせ：{ $count }
privacy-delete-confirm = 個人情報を削除しますか？チームから抜け（リーダーを務めるチームは他のメンバーに引き継がれ、メンバーがお一人の場合はアーカイブされます）、お名前、同意の記録、メンターのプロフィールなど /privacy に表示される情報を削除します。ピッチ資料とお知らせは、お名前を除いてチームとプログラムに残ります。今後もご連絡できるよう、言語と役割は残します。
privacy-button-delete = 削除する
privacy-delete-cancelled = 何も削除していません。
privacy-deleted = 個人情報を削除しました。
