<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>CardTypes</name>
    <message>
        <source>General card</source>
        <translation>一般卡</translation>
    </message>
    <message>
        <source>Student card</source>
        <translation>學生卡</translation>
    </message>
    <message>
        <source>Senior card</source>
        <translation>敬老卡</translation>
    </message>
    <message>
        <source>Disability card</source>
        <translation>愛心卡</translation>
    </message>
    <message>
        <source>Companion card</source>
        <translation>愛心陪伴卡</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>validate national ID numbers</source>
        <translation>檢查身分證統一編號</translation>
    </message>
    <message>
        <source>decide which card types a registry record qualifies for</source>
        <translation>判定戶籍資料符合哪些卡別</translation>
    </message>
    <message>
        <source>Usage: citizencard-cli COMMAND [OPTIONS]</source>
        <translation>用法：citizencard-cli 指令 [選項]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>指令：</translation>
    </message>
    <message>
        <source>Run citizencard-cli COMMAND --help for the options of one command.</source>
        <translation>執行 citizencard-cli 指令 --help 可查看該指令的選項。</translation>
    </message>
    <message>
        <source>Exit codes: 0 ok, 1 the answer is no or invalid, 2 usage or input error, 3 device or I/O failure.</source>
        <translation>結束代碼：0 成功，1 結果為否或無效，2 用法或輸入錯誤，3 裝置或讀寫失敗。</translation>
    </message>
    <message>
        <source>citizencard-cli: unknown command &quot;%1&quot;</source>
        <translation>citizencard-cli：未知的指令「%1」</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>顯示此說明。</translation>
    </message>
    <message>
        <source>Usage: citizencard-cli %1</source>
        <translation>用法：citizencard-cli %1</translation>
    </message>
    <message>
        <source>Run with --help for usage.</source>
        <translation>加上 --help 可查看用法。</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>標準輸入</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>檔案不存在</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>日期：%1</translation>
    </message>
    <message>
        <source>Assigned: %1 (%2)</source>
        <translation>核定卡別：%1（%2）</translation>
    </message>
    <message>
        <source>Assigned: none; not eligible for any personal card</source>
        <translation>核定卡別：無，不符合任何個人卡別</translation>
    </message>
    <message>
        <source>%1 (%2): eligible</source>
        <translation>%1（%2）：符合</translation>
    </message>
    <message>
        <source>%1 (%2): not eligible</source>
        <translation>%1（%2）：不符合</translation>
    </message>
    <message>
        <source>[valid until %1]</source>
        <translation>［有效期限至 %1］</translation>
    </message>
    <message>
        <source>[no expiry]</source>
        <translation>［無有效期限］</translation>
    </message>
    <message>
        <source>[pass]</source>
        <translation>［通過］</translation>
    </message>
    <message>
        <source>[fail]</source>
        <translation>［未通過］</translation>
    </message>
    <message>
        <source>Registry record JSON file; - for standard input.</source>
        <translation>戶籍資料 JSON 檔；- 表示從標準輸入讀取。</translation>
    </message>
    <message>
        <source>Application date (default: today in Asia/Taipei).</source>
        <translation>申請日期（預設為臺北時間今天）。</translation>
    </message>
    <message>
        <source>Policy file overriding the shipped defaults.</source>
        <translation>覆寫預設規則的政策檔。</translation>
    </message>
    <message>
        <source>Print the decision as JSON.</source>
        <translation>以 JSON 輸出判定結果。</translation>
    </message>
    <message>
        <source>--record is required</source>
        <translation>必須指定 --record</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>多餘的參數「%1」</translation>
    </message>
    <message>
        <source>Print the results as JSON.</source>
        <translation>以 JSON 輸出結果。</translation>
    </message>
    <message>
        <source>National ID numbers to check; - reads them from standard input, one per line.</source>
        <translation>要檢查的身分證統一編號；- 表示從標準輸入逐行讀取。</translation>
    </message>
    <message>
        <source>give at least one ID number to check</source>
        <translation>請至少提供一個要檢查的統一編號</translation>
    </message>
    <message>
        <source>Eligible: %1</source>
        <translation>符合卡別：%1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>無</translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>Separator between the card types listed after &quot;Eligible:&quot;</extracomment>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>Crypto</name>
    <message>
        <source>the %1 key derivation is not available</source>
        <translation>無法使用 %1 金鑰衍生</translation>
    </message>
    <message>
        <source>the %1 key derivation failed</source>
        <translation>%1 金鑰衍生失敗</translation>
    </message>
    <message>
        <source>AES-256-GCM needs a 32-byte key and a 12-byte nonce</source>
        <translation>AES-256-GCM 需要 32 位元組的金鑰與 12 位元組的 nonce</translation>
    </message>
    <message>
        <source>AES-256-GCM encryption failed</source>
        <translation>AES-256-GCM 加密失敗</translation>
    </message>
    <message>
        <source>AES-256-GCM needs a 32-byte key</source>
        <translation>AES-256-GCM 需要 32 位元組的金鑰</translation>
    </message>
    <message>
        <source>the encrypted value is truncated</source>
        <translation>加密資料不完整</translation>
    </message>
    <message>
        <source>AES-256-GCM decryption failed</source>
        <translation>AES-256-GCM 解密失敗</translation>
    </message>
    <message>
        <source>the value does not decrypt: wrong key, or the data was altered or moved</source>
        <translation>無法解密：金鑰錯誤，或資料遭竄改或搬移</translation>
    </message>
</context>
<context>
    <name>EligibilityEvaluator</name>
    <message>
        <source>recorded as deceased in the registry</source>
        <translation>戶籍登記為死亡</translation>
    </message>
    <message>
        <source>not recorded as deceased</source>
        <translation>無死亡登記</translation>
    </message>
    <message>
        <source>registered resident of the city</source>
        <translation>設籍本市</translation>
    </message>
    <message>
        <source>not a registered resident of the city (never registered or moved out)</source>
        <translation>未設籍本市（未曾設籍或已遷出）</translation>
    </message>
    <message>
        <source>aged %1 on %2; general cards start at %3</source>
        <translation>%2 時年滿 %1 歲；一般卡須滿 %3 歲</translation>
    </message>
    <message>
        <source>spouse of a resident with a residence permit valid until %1</source>
        <translation>市民配偶，居留證有效期限至 %1</translation>
    </message>
    <message>
        <source>enrolled at a university in the city until %1</source>
        <translation>就讀本市大專校院至 %1</translation>
    </message>
    <message>
        <source>not a registered resident, and no spouse residence permit or university enrolment that the policy admits</source>
        <translation>未設籍本市，亦無政策認可的配偶居留證或大專校院學籍</translation>
    </message>
    <message>
        <source>no school enrolment on record</source>
        <translation>查無學籍資料</translation>
    </message>
    <message>
        <source>expected to graduate on %1, before %2</source>
        <translation>預計畢業日 %1 早於 %2</translation>
    </message>
    <message>
        <source>enrolled at %1 level, which student cards do not cover</source>
        <translation>就讀%1，不在學生卡適用範圍</translation>
    </message>
    <message>
        <source>enrolled at %1 level until %2</source>
        <translation>就讀%1至 %2</translation>
    </message>
    <message>
        <source>aged %1; indigenous residents qualify from %2</source>
        <translation>年滿 %1 歲；原住民滿 %2 歲即符合</translation>
    </message>
    <message>
        <source>aged %1; senior cards start at %2</source>
        <translation>年滿 %1 歲；敬老卡須滿 %2 歲</translation>
    </message>
    <message>
        <source>no disability certificate on record</source>
        <translation>查無身心障礙證明</translation>
    </message>
    <message>
        <source>disability certificate with no re-assessment date</source>
        <translation>身心障礙證明無重新鑑定日期</translation>
    </message>
    <message>
        <source>disability certificate valid until %1</source>
        <translation>身心障礙證明有效期限至 %1</translation>
    </message>
    <message>
        <source>disability certificate expired on %1</source>
        <translation>身心障礙證明已於 %1 到期</translation>
    </message>
    <message>
        <source>eligible for a disability card</source>
        <translation>符合愛心卡資格</translation>
    </message>
    <message>
        <source>not eligible for a disability card</source>
        <translation>不符合愛心卡資格</translation>
    </message>
    <message>
        <source>the certificate carries the companion-needed mark</source>
        <translation>證明註記必要陪伴者</translation>
    </message>
    <message>
        <source>the certificate does not carry the companion-needed mark</source>
        <translation>證明未註記必要陪伴者</translation>
    </message>
</context>
<context>
    <name>EligibilityPolicy</name>
    <message>
        <source>unknown school level &quot;%1&quot;; expected elementary, junior, senior or university</source>
        <translation>未知的學制「%1」；應為 elementary、junior、senior 或 university</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice</source>
        <translation>「%1」重複列出</translation>
    </message>
    <message>
        <source>unknown card type &quot;%1&quot;</source>
        <translation>未知的卡別「%1」</translation>
    </message>
    <message>
        <source>the companion card is never assigned as a personal card and cannot be in the priority</source>
        <translation>愛心陪伴卡不是個人卡別，不可列入優先順序</translation>
    </message>
    <message>
        <source>must list each of disability, senior, student and general exactly once</source>
        <translation>必須列出 disability、senior、student、general 各一次</translation>
    </message>
    <message>
        <source>senior.indigenousMinAge (%1) must not be above senior.minAge (%2)</source>
        <translation>senior.indigenousMinAge（%1）不可大於 senior.minAge（%2）</translation>
    </message>
    <message>
        <source>the policy file does not exist</source>
        <translation>政策檔不存在</translation>
    </message>
</context>
<context>
    <name>JsonFields</name>
    <message>
        <source>this field is required</source>
        <translation>此欄位為必填</translation>
    </message>
    <message>
        <source>unknown key; expected one of: %1</source>
        <translation>未知的欄位；應為下列之一：%1</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>應為 true 或 false</translation>
    </message>
    <message>
        <source>expected a whole number</source>
        <translation>應為整數</translation>
    </message>
    <message>
        <source>must be between %1 and %2</source>
        <translation>必須介於 %1 與 %2 之間</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>應為字串</translation>
    </message>
    <message>
        <source>expected a date as a string YYYY-MM-DD</source>
        <translation>應為 YYYY-MM-DD 格式的日期字串</translation>
    </message>
    <message>
        <source>expected a list of strings</source>
        <translation>應為字串清單</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>應為物件</translation>
    </message>
    <message>
        <source>not valid JSON at byte %1: %2</source>
        <translation>第 %1 位元組起不是有效的 JSON：%2</translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation>應為 JSON 物件</translation>
    </message>
</context>
<context>
    <name>NationalId</name>
    <message>
        <source>no ID number was given</source>
        <translation>未輸入統一編號</translation>
    </message>
    <message>
        <source>an ID number has 10 characters, this one has %1</source>
        <translation>統一編號應為 10 碼，此號碼為 %1 碼</translation>
    </message>
    <message>
        <source>the first character must be a letter A–Z</source>
        <translation>第 1 碼必須是英文字母 A–Z</translation>
    </message>
    <message>
        <source>characters 3 to 10 must be digits</source>
        <translation>第 3 至 10 碼必須是數字</translation>
    </message>
    <message>
        <source>the second character must be 1, 2, 8, 9 or a letter A–D</source>
        <translation>第 2 碼必須是 1、2、8、9 或英文字母 A–D</translation>
    </message>
    <message>
        <source>the check digit does not match; a character was probably mistyped</source>
        <translation>檢查碼不符，可能有字元輸入錯誤</translation>
    </message>
    <message>
        <source>citizen ID</source>
        <translation>國民身分證</translation>
    </message>
    <message>
        <source>resident certificate (new format)</source>
        <translation>居留證（新式）</translation>
    </message>
    <message>
        <source>resident certificate (old format)</source>
        <translation>居留證（舊式）</translation>
    </message>
</context>
<context>
    <name>RocDate</name>
    <message>
        <source>no date was given</source>
        <translation>未輸入日期</translation>
    </message>
    <message>
        <source>not a date; type it as 115/11/21, 民國115年11月21日 or 2026-11-21</source>
        <translation>不是日期；請輸入如 115/11/21、民國115年11月21日 或 2026-11-21</translation>
    </message>
    <message>
        <source>the ROC year must be 1 or later</source>
        <translation>民國年必須大於或等於 1</translation>
    </message>
    <message>
        <source>the year %1 is out of range</source>
        <translation>年份 %1 超出範圍</translation>
    </message>
    <message>
        <source>the month must be between 1 and 12</source>
        <translation>月份必須介於 1 到 12</translation>
    </message>
    <message>
        <source>that month has %1 days; day %2 does not exist</source>
        <translation>該月只有 %1 天，沒有 %2 日</translation>
    </message>
    <message>
        <source>expected a date as YYYY-MM-DD</source>
        <translation>應為 YYYY-MM-DD 格式的日期</translation>
    </message>
    <message>
        <source>%1 is not a calendar date</source>
        <translation>%1 不是有效的日期</translation>
    </message>
</context>
<context>
    <name>SchoolLevels</name>
    <message>
        <source>expected one of: %1</source>
        <translation>應為下列之一：%1</translation>
    </message>
    <message>
        <source>elementary school</source>
        <translation>國小</translation>
    </message>
    <message>
        <source>junior high school</source>
        <translation>國中</translation>
    </message>
    <message>
        <source>senior high school</source>
        <translation>高中</translation>
    </message>
    <message>
        <source>university</source>
        <translation>大專校院</translation>
    </message>
</context>
</TS>
