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
    チーム：
    { $teams }
    個人情報を削除するには /delete_me を送ってください。
privacy-consent-given = バージョン{ $version }、{ $at }に同意
privacy-consent-none = 未同意
privacy-team-line = • { $team }（{ $role }）
privacy-delete-confirm = 個人情報を削除しますか？チームから抜け（リーダーを務めるチームは他のメンバーに引き継がれ、メンバーがお一人の場合はアーカイブされます）、お名前と同意の記録を削除します。今後もご連絡できるよう、言語と役割は残します。
privacy-button-delete = 削除する
privacy-delete-cancelled = 何も削除していません。
privacy-deleted = 個人情報を削除しました。
privacy-features =
    このほかに保存している情報：
    { $lines }
