## チーム：登録、招待、メンバー、チームカード、運営者向け一覧。

help-register = /register：新しいチームを登録
help-team = /team：所属チームのカード
help-invite = /invite：チームに招待（リーダー）
help-join = /join コード：コードでチームに参加
help-leave = /leave：チームを抜ける
help-remove = /remove：メンバーをチームから外す（リーダー）
help-handover = /handover：別のメンバーをリーダーにする（リーダー）
help-edit-team = /edit_team：チーム情報を変更（リーダー）
help-teams = /teams：全チームとステージごとの提出状況（運営者）
help-export = /export：チームとメンバーのCSVファイル（運営者）

team-no-program = まだプログラムを選択していません。/program で選択してください。
team-none = —
team-none-yet = まだチームに所属していません。/register でチームを登録するか、チームリーダーから受け取ったコードを使って「/join コード」と送ってください。
team-lead-only = この操作はチームリーダーのみ行えます。
team-already-member = すでにこのプログラムのチームに所属しています。/team で確認できます。

team-ask-name = チーム名を入力してください（2～60文字）。
team-name-length = チーム名は2～60文字です。もう一度入力してください。
team-name-taken = このプログラムにはすでに「{ $name }」というチームがあります。別の名前にしてください。
team-ask-title = プロジェクトのタイトルを入力してください。
team-title-length = プロジェクトのタイトルは2～120文字です。もう一度入力してください。
team-ask-description = プロジェクトを数文で説明してください（{ $max }文字以内）。
team-description-length = 説明は空にできず、500文字以内です。短くしてください。
team-ask-sdgs =
    プロジェクトが取り組むSDGsはどれですか？ボタンで1～3個選んで「決定」を押すか、番号を入力してください（例：3, 7）。
    { $goals }
    選択中：{ $chosen }
team-sdgs-invalid = 1～17の異なる番号を1～3個入力してください（例：3, 7）
team-ask-org = チームに参加している組織名を1つ入力してください。続けて追加できます。
team-ask-org-more =
    ここまでの組織：
    { $organizations }
    次の組織名を入力してください。
team-org-length = 組織名は2～120文字です。もう一度入力してください。
team-ask-country = 「{ $organization }」の所在国を選んでください。
team-ask-more =
    組織：
    { $organizations }
    さらに追加しますか？それとも次へ進みますか？
team-button-add-org = 組織を追加
team-button-continue = 次へ
team-ask-email = チームの連絡先メールアドレスを入力してください。
team-email-invalid = メールアドレスの形式ではないようです（name@example.com）。もう一度入力してください。
team-ask-phone = 連絡先の電話番号を入力してください（任意）。
team-phone-invalid = 電話番号の形式ではないようです。数字と空白、先頭の + を使ってください（例：+81 90 1234 5678）。
team-button-skip = スキップ
team-confirm =
    チームの内容を確認してください：
    チーム名：{ $name }
    プロジェクト：{ $title }
    { $description }
    SDGs：
    { $sdgs }
    組織：
    { $organizations }
    メール：{ $email }
    電話：{ $phone }
team-button-register = チームを登録
team-registered = チーム「{ $name }」を登録しました。チームリーダーとして登録されています。メンバーはコード { $code } で参加できます（招待リンクは /invite で表示できます）。

team-sdg-line = { $number }. { $name }
team-org-line = { $name }（{ $country }）
team-country-mn = モンゴル
team-country-jp = 日本
team-country-other = その他の国
team-member-line = • { $name }（{ $role }）
team-member-unnamed = （名前なし）
team-role-lead = リーダー
team-role-member = メンバー
team-stage-line = { $stage }：{ $status }
team-stage-on_time = 期限内に提出済み
team-stage-late = 期限後に提出
team-stage-missing = 未提出
team-card =
    チーム：{ $name }
    プロジェクト：{ $title }
    { $description }
    SDGs：
    { $sdgs }
    組織：
    { $organizations }
    連絡先：{ $email }、{ $phone }
    メンバー（{ $size }人／最大{ $max }人）：
    { $members }
    ステージ：
    { $stages }

team-invite =
    「{ $name }」への招待（{ $size }人／最大{ $max }人）：
    { $ways }
    新しいコードを発行すると、以前のコードは使えなくなります。
team-invite-link = { $channel }：{ $link }
team-invite-code = コード：{ $code }（「/join { $code }」と送っていただきます）
team-channel-telegram = Telegram
team-channel-messenger = Messenger
team-button-new-code = 新しいコードを発行
team-join-how = /join の後にチームリーダーから受け取ったコードを付けて送ってください（例：/join AB12CD）。
team-code-invalid = このコードは無効です。コードを受け取った相手にご確認ください。
team-code-replaced = このコードは新しいコードに置き換えられました。チームリーダーに新しいコードをお問い合わせください。
team-code-rate-limited = 誤ったコードの入力が多すぎます。{ $minutes }分後にもう一度お試しください。
team-full = チーム「{ $name }」は満員です（最大{ $max }人）。
team-join-confirm =
    チーム「{ $name }」に参加しますか？
    プロジェクト：{ $title }
    リーダー：{ $lead }・{ $size }人／最大{ $max }人
team-button-join = 参加する
team-join-cancelled = 参加を取りやめました。何も保存していません。
team-joined = 「{ $name }」へようこそ！
team-member-joined = { $name }さんがチーム「{ $team }」に参加しました。

team-leave-confirm = チーム「{ $name }」を抜けますか？
team-leave-confirm-archive = チーム「{ $name }」のメンバーはご自身のみです。抜けるとチームはアーカイブされます。抜けますか？
team-button-leave = 抜ける
team-leave-cancelled = チームに残ります。
team-left = チーム「{ $name }」を抜けました。
team-lead-cannot-leave = 他のメンバーがいるチームのリーダーは抜けられません。先に別のメンバーをリーダーにしてください（/handover）。
team-member-left = { $name }さんがチーム「{ $team }」を抜けました。
team-you-are-lead = チーム「{ $team }」のリーダーになりました。
team-no-other-members = チームにはまだ他のメンバーがいません。/invite で招待してください。
team-remove-choose = 誰をチームから外しますか？
team-member-button = { $name }
team-removed = { $name }さんはチーム「{ $team }」のメンバーではなくなりました。
team-you-were-removed = チームリーダーにより、チーム「{ $team }」から外れました。
team-handover-choose = 誰をリーダーにしますか？
team-handed-over = { $name }さんがチーム「{ $team }」のリーダーになりました。引き続きメンバーとして残ります。

team-edit-choose = 何を変更しますか？
team-edit-field-name = チーム名
team-edit-field-title = プロジェクトのタイトル
team-edit-field-desc = 説明
team-edit-field-sdgs = SDGs
team-edit-field-orgs = 組織
team-edit-field-email = メール
team-edit-field-phone = 電話
team-edit-ask-name = 新しいチーム名を入力してください（2～60文字）。
team-edit-ask-title = 新しいプロジェクトのタイトルを入力してください。
team-edit-ask-email = 新しい連絡先メールアドレスを入力してください。
team-edit-ask-phone = 新しい電話番号を入力してください（削除するには - と入力）。
team-edit-saved = 保存しました。

teams-page =
    チーム：{ $filter }。全{ $count }チーム、{ $page }／{ $pages }ページ。
teams-button-team = { $name }（{ $size }）
teams-button-previous = ‹ 前へ
teams-button-next = 次へ ›
teams-button-filter = ステージで絞り込む
teams-filter-all = すべてのチーム
teams-button-all = すべてのチーム
teams-filter-stage = { $stage }：{ $status }
teams-filter-choose =
    どのチームを表示しますか？
    ✓ 期限内に提出済み · ⌛ 期限後に提出 · ✗ 未提出
teams-filter-button = { $status } { $stage }
teams-filter-mark-on_time = ✓
teams-filter-mark-late = ⌛
teams-filter-mark-missing = ✗
teams-export = チームとメンバーの一覧です（{ $teams }チーム）。作成日時：{ $at }

team-sdg-1 = 貧困をなくそう
team-sdg-2 = 飢餓をゼロに
team-sdg-3 = すべての人に健康と福祉を
team-sdg-4 = 質の高い教育をみんなに
team-sdg-5 = ジェンダー平等を実現しよう
team-sdg-6 = 安全な水とトイレを世界中に
team-sdg-7 = エネルギーをみんなに そしてクリーンに
team-sdg-8 = 働きがいも経済成長も
team-sdg-9 = 産業と技術革新の基盤をつくろう
team-sdg-10 = 人や国の不平等をなくそう
team-sdg-11 = 住み続けられるまちづくりを
team-sdg-12 = つくる責任 つかう責任
team-sdg-13 = 気候変動に具体的な対策を
team-sdg-14 = 海の豊かさを守ろう
team-sdg-15 = 陸の豊かさも守ろう
team-sdg-16 = 平和と公正をすべての人に
team-sdg-17 = パートナーシップで目標を達成しよう
