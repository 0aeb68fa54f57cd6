<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>Accounts</name>
    <message>
        <source>An operator name is 2 to 32 letters, digits, dots, dashes or underscores.</source>
        <translation>操作人員帳號須為 2 至 32 個英文字母、數字、句點、連字號或底線。</translation>
    </message>
    <message>
        <source>A password needs at least %1 characters.</source>
        <translation>密碼至少需要 %1 個字元。</translation>
    </message>
    <message>
        <source>A station ID is 1 to 32 letters, digits or dashes.</source>
        <translation>站點代碼須為 1 至 32 個英文字母、數字或連字號。</translation>
    </message>
    <message>
        <source>A card number prefix is four digits.</source>
        <translation>卡號字首為四位數字。</translation>
    </message>
    <message>
        <source>This store is already set up.</source>
        <translation>此資料庫已完成設定。</translation>
    </message>
    <message>
        <source>The operator name or the password is wrong.</source>
        <translation>帳號或密碼錯誤。</translation>
    </message>
    <message>
        <source>Too many wrong passwords: this operator is locked until %1. A supervisor can unlock it sooner.</source>
        <translation>密碼錯誤次數過多：此帳號鎖定至 %1。主管可提前解鎖。</translation>
    </message>
    <message>
        <source>There is already an operator of this name.</source>
        <translation>已有同名的操作人員。</translation>
    </message>
    <message>
        <source>Log in first; the station is locked.</source>
        <translation>請先登入；工作站已鎖定。</translation>
    </message>
    <message>
        <source>The operator no longer exists.</source>
        <translation>此操作人員已不存在。</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>目前的密碼錯誤。</translation>
    </message>
    <message>
        <source>There is no operator of this name.</source>
        <translation>沒有此名稱的操作人員。</translation>
    </message>
    <message>
        <source>Allow between 1 and 100 failed logins.</source>
        <translation>允許的登入失敗次數須介於 1 到 100。</translation>
    </message>
    <message>
        <source>A lockout lasts between 0 seconds and 7 days.</source>
        <translation>鎖定時間須介於 0 秒到 7 天。</translation>
    </message>
    <message>
        <source>The store was changed outside the program (%1), so nobody can log in until city IT has looked at it: %2</source>
        <translation>資料庫在程式之外遭到更動（%1），在市府資訊人員檢查之前，任何人都無法登入：%2</translation>
    </message>
    <message>
        <source>Prefixes 9000 to 9999 are kept for number blocks leased from the central service; give the station one below 9000.</source>
        <translation>字首 9000 至 9999 保留給向中央服務租用的號段；請給工作站 9000 以下的字首。</translation>
    </message>
    <message>
        <source>The first admin and the first supervisor are two people: give them two names.</source>
        <translation>第一位管理員與第一位主管是兩個人：請給兩個不同的名稱。</translation>
    </message>
    <message>
        <source>Admins never hold the key to personal data.</source>
        <translation>管理員永遠不持有個人資料的金鑰。</translation>
    </message>
    <message>
        <source>This operator already has access to personal data.</source>
        <translation>此操作員已可存取個人資料。</translation>
    </message>
    <message>
        <source>Only an operator who holds the key to personal data can give it.</source>
        <translation>只有持有個人資料金鑰的操作員才能授予此存取權。</translation>
    </message>
    <message>
        <source>The operator&apos;s keys do not open: the record was changed outside the program, or the store was made by a development version before schema 4 (make a new store with store init).</source>
        <translation>此操作員的金鑰無法開啟：紀錄已在程式外被修改，或資料庫由第 4 版結構以前的開發版本建立（請以 store init 建立新的資料庫）。</translation>
    </message>
    <message>
        <source>This operator is disabled. A supervisor (for clerks and mobile teams) or an administrator can enable it again.</source>
        <translation>此操作人員帳號已停用。主管（承辦人員與行動服務人員）或系統管理員可重新啟用。</translation>
    </message>
    <message>
        <source>This is the station&apos;s last enabled administrator: add another one first.</source>
        <translation>這是本工作站最後一位啟用中的系統管理員：請先新增另一位。</translation>
    </message>
    <message>
        <source>Your own account is changed by another supervisor or administrator.</source>
        <translation>自己的帳號須由另一位主管或系統管理員變更。</translation>
    </message>
    <message>
        <source>This operator is already disabled.</source>
        <translation>此操作人員帳號已經停用。</translation>
    </message>
    <message>
        <source>This operator is not disabled.</source>
        <translation>此操作人員帳號並未停用。</translation>
    </message>
    <message>
        <source>This operator already has the role %1.</source>
        <translation>此操作人員的角色已是%1。</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>locked until %1</source>
        <translation>鎖定至 %1</translation>
    </message>
    <message>
        <source>active</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Keep the display name to 40 characters.</source>
        <translation>顯示名稱請在 40 個字以內。</translation>
    </message>
    <message>
        <source>Use letters, not control characters.</source>
        <translation>請使用文字，不可含控制字元。</translation>
    </message>
</context>
<context>
    <name>Applicants</name>
    <message>
        <source>A stored value does not open: it was altered or copied from another record.</source>
        <translation>儲存的資料無法解密：已遭竄改或由其他紀錄複製而來。</translation>
    </message>
    <message>
        <source>The name is missing.</source>
        <translation>缺少姓名。</translation>
    </message>
    <message>
        <source>The birth date is missing.</source>
        <translation>缺少出生日期。</translation>
    </message>
    <message>
        <source>There is no such application.</source>
        <translation>沒有這筆申請案。</translation>
    </message>
    <message>
        <source>There is no such applicant.</source>
        <translation>沒有這位申請人。</translation>
    </message>
    <message>
        <source>Take or choose the applicant&apos;s photo first.</source>
        <translation>請先拍攝或選擇申請人的照片。</translation>
    </message>
    <message>
        <source>Application %1 is no longer waiting for its card: its photo stays as printed.</source>
        <translation>申請案 %1 已不在等候製卡：照片維持印製時的樣子。</translation>
    </message>
    <message>
        <source>Type a name or a card number to search for.</source>
        <translation>請輸入要搜尋的姓名或卡號。</translation>
    </message>
    <message>
        <source>Application %1 is not waiting for its card at the counter: it cannot be withdrawn.</source>
        <translation>申請案 %1 並非在櫃台等待製卡，無法撤回。</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>The store has no station record; it was never set up.</source>
        <translation>資料庫沒有站點資料，尚未完成設定。</translation>
    </message>
    <message>
        <source>Entry %1 is missing: the log goes from entry %2 to entry %3.</source>
        <translation>第 %1 筆紀錄遺失：日誌由第 %2 筆直接跳到第 %3 筆。</translation>
    </message>
    <message>
        <source>Entry %1 does not match its seal: it, or its place in the log, was changed.</source>
        <translation>第 %1 筆紀錄與其封印不符：內容或位置遭到更動。</translation>
    </message>
    <message>
        <source>Entry %1 is missing: the log ends at entry %2 but reached entry %3.</source>
        <translation>第 %1 筆紀錄遺失：日誌止於第 %2 筆，但原本已到第 %3 筆。</translation>
    </message>
    <message>
        <source>Entry %1 was added outside the program.</source>
        <translation>第 %1 筆紀錄是在程式之外加入的。</translation>
    </message>
    <message>
        <source>The record of the last entry (%1) does not match the log.</source>
        <translation>最後一筆紀錄（%1）的記錄與日誌不符。</translation>
    </message>
    <message>
        <source>The log&apos;s keyed anchor is missing or does not match: the log or the station record was rewritten outside the program.</source>
        <translation>日誌的金鑰錨點遺失或不符：日誌或工作站資料在程式之外遭到改寫。</translation>
    </message>
    <message>
        <source>Entry %1, the last one written by a logged-in operator, is missing or changed: the log was emptied, shortened or rolled back.</source>
        <translation>第 %1 筆紀錄（已登入人員寫入的最後一筆）遺失或遭更動：日誌遭清空、截短或回復為舊版。</translation>
    </message>
    <message>
        <source>Entry %1 follows the last keyed entry (%2) and records a success that no logged-in operator sealed: it was added outside the program.</source>
        <translation>第 %1 筆紀錄位於最後一筆金鑰紀錄（%2）之後，且記載了未經已登入人員封印的成功操作：它是在程式之外加入的。</translation>
    </message>
    <message>
        <source>The log ends before the newest changes in the store (outbox %1, operators %2; the log&apos;s anchor knows %3 and %4): its newest entries were removed, or an older log was copied in.</source>
        <translation>日誌結束於資料庫最新變更之前（待傳事件 %1、操作人員 %2；日誌錨點只記到 %3 與 %4）：最新的紀錄遭刪除，或被複製進較舊的日誌。</translation>
    </message>
    <message>
        <source>The log is empty, but setting up the station wrote its first entries: it was emptied.</source>
        <translation>日誌是空的，但設定工作站時已寫入最初的紀錄：日誌遭到清空。</translation>
    </message>
</context>
<context>
    <name>Barcodes</name>
    <message>
        <source>nothing to encode in the barcode</source>
        <translation>條碼沒有可編碼的內容</translation>
    </message>
    <message>
        <source>cannot encode &quot;%1&quot; as %2: %3</source>
        <translation>無法將「%1」編為 %2：%3</translation>
    </message>
</context>
<context>
    <name>BatchRun</name>
    <message>
        <source>The batch does not match its seal: it was changed outside the program.</source>
        <translation>此批次與其封印不符：曾在本程式之外被修改。</translation>
    </message>
    <message>
        <source>The batch is %1: its cards are made once a supervisor has approved it.</source>
        <translation>此批次%1：須經主管核准後才能製卡。</translation>
    </message>
    <message>
        <source>The card could not be made.</source>
        <translation>這張卡片無法製作。</translation>
    </message>
    <message>
        <source>Card %1 was left unfinished (%2); run card recover before going on.</source>
        <translation>卡片 %1 未完成（%2）；請先執行 card recover 再繼續。</translation>
    </message>
    <message>
        <source>%1 Put it right, then produce the batch again: it goes on with this card.</source>
        <translation>%1 排除後請再次製作此批次：將從這張卡片接續。</translation>
    </message>
</context>
<context>
    <name>Batches</name>
    <message>
        <source>A batch needs a label.</source>
        <translation>批次需要名稱。</translation>
    </message>
    <message>
        <source>There is no such batch.</source>
        <translation>沒有此批次。</translation>
    </message>
    <message>
        <source>Only an open batch can be submitted.</source>
        <translation>只有開放中的批次可以送出。</translation>
    </message>
    <message>
        <source>Say why the batch is rejected.</source>
        <translation>請說明退回批次的原因。</translation>
    </message>
    <message>
        <source>Only a submitted batch can be decided; this one is %1.</source>
        <translation>只有已送出的批次可以核定；此批次狀態為 %1。</translation>
    </message>
    <message>
        <source>A label is one line of at most %1 characters.</source>
        <translation>名稱為一行，最多 %1 個字元。</translation>
    </message>
    <message>
        <source>A roster batch is of one card type; give it.</source>
        <translation>名冊批次只製作一種卡別，請指定卡別。</translation>
    </message>
    <message>
        <source>Disability and companion cards need the applicant&apos;s consent, taken at the counter or by a mobile team, not from a roster.</source>
        <translation>愛心卡與愛心陪伴卡須有申請人本人的同意，應於櫃台或行動服務隊辦理，不能由名冊匯入。</translation>
    </message>
    <message>
        <source>A school roster makes student cards.</source>
        <translation>學校名冊只能製作學生卡。</translation>
    </message>
    <message>
        <source>The batch is %1; it can no longer be changed.</source>
        <translation>此批次%1，已不能再變更。</translation>
    </message>
    <message>
        <source>The batch has no such application waiting for production.</source>
        <translation>此批次沒有這筆待製卡的申請。</translation>
    </message>
    <message>
        <source>The batch has no applications to submit.</source>
        <translation>此批次沒有申請，無法送出。</translation>
    </message>
    <message>
        <source>Four eyes: a batch is decided by a supervisor who did not make it or change it.</source>
        <translation>雙人覆核：批次須由未建立、未修改該批次的主管核定。</translation>
    </message>
    <message>
        <source>The batch makes %1s only.</source>
        <translation>此批次只製作%1。</translation>
    </message>
    <message>
        <source>Say why the application leaves the batch: %1.</source>
        <translation>請說明此申請移出批次的原因：%1。</translation>
    </message>
    <message>
        <source>The application is in batch %1, which is %2: its cards are made once a supervisor has approved it.</source>
        <translation>此申請屬於批次 %1，該批次%2：須經主管核准後才能製卡。</translation>
    </message>
    <message>
        <source>Batch %1 has no issued card to hand over yet.</source>
        <translation>批次 %1 尚無已發卡片可交付。</translation>
    </message>
    <message>
        <source>Batch %1 changed since you looked at it: look at its applications again, then decide.</source>
        <translation>批次 %1 在您檢視後已有變更：請重新檢視其申請，再行核定。</translation>
    </message>
</context>
<context>
    <name>CardChannel</name>
    <message>
        <source>The card gave no answer (was it moved off the reader?).</source>
        <translation>卡片沒有回應（是否已離開讀卡機？）。</translation>
    </message>
    <message>
        <source>The card keeps announcing more data (status %1) beyond the longest answer a card may give.</source>
        <translation>卡片不斷表示還有更多資料（狀態 %1），已超過卡片回應的最大長度。</translation>
    </message>
</context>
<context>
    <name>CardIdentity</name>
    <message>
        <source>The card refused the command (status %1).</source>
        <translation>卡片拒絕了指令（狀態 %1）。</translation>
    </message>
    <message>
        <source>reading the UID</source>
        <translation>讀取 UID</translation>
    </message>
</context>
<context>
    <name>CardNumber</name>
    <message>
        <source>A card number prefix is four digits.</source>
        <translation>卡號字首為四位數字。</translation>
    </message>
    <message>
        <source>The card number sequence of prefix %1 is exhausted.</source>
        <translation>卡號字首 %1 的流水號已用盡。</translation>
    </message>
    <message>
        <source>A card number has 16 digits.</source>
        <translation>卡號為 16 位數字。</translation>
    </message>
    <message>
        <source>The check digit does not match: the number was mistyped.</source>
        <translation>檢查碼不符：卡號輸入錯誤。</translation>
    </message>
</context>
<context>
    <name>CardState</name>
    <message>
        <source>lost</source>
        <translation>遺失</translation>
    </message>
    <message>
        <source>replaced</source>
        <translation>已補發</translation>
    </message>
    <message>
        <source>converted</source>
        <translation>已換發</translation>
    </message>
    <message>
        <source>death</source>
        <translation>死亡</translation>
    </message>
    <message>
        <source>moved away</source>
        <translation>遷出</translation>
    </message>
    <message>
        <source>active</source>
        <translation>使用中</translation>
    </message>
    <message>
        <source>blocked (%1)</source>
        <translation>已停用（%1）</translation>
    </message>
    <message>
        <source>cancelled (%1)</source>
        <translation>已註銷（%1）</translation>
    </message>
</context>
<context>
    <name>CardTemplate</name>
    <message>
        <source>unknown value &quot;%1&quot;; expected one of: %2</source>
        <translation>未知的值「%1」；應為下列之一：%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a colour; use #rrggbb</source>
        <translation>「%1」不是顏色；請用 #rrggbb</translation>
    </message>
    <message>
        <source>the element reaches past the card&apos;s edge (%1 × %2 mm)</source>
        <translation>元素超出卡片邊緣（%1 × %2 公釐）</translation>
    </message>
    <message>
        <source>a barcode needs a &quot;field&quot; to encode</source>
        <translation>條碼需要指定要編碼的「field」</translation>
    </message>
    <message>
        <source>give exactly one of &quot;field&quot; and &quot;%1&quot;</source>
        <translation>「field」與「%1」須擇一指定</translation>
    </message>
    <message>
        <source>unknown template format &quot;%1&quot;; expected &quot;%2&quot;</source>
        <translation>未知的版型格式「%1」；應為「%2」</translation>
    </message>
    <message>
        <source>cannot read the template: %1</source>
        <translation>無法讀取版型：%1</translation>
    </message>
</context>
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
    <name>Cards</name>
    <message>
        <source>There is no such application.</source>
        <translation>沒有此申請案。</translation>
    </message>
</context>
<context>
    <name>Carriers</name>
    <message>
        <source>EasyCard</source>
        <translation>悠遊卡</translation>
    </message>
    <message>
        <source>iPASS</source>
        <translation>一卡通</translation>
    </message>
</context>
<context>
    <name>CentralPolicies</name>
    <message>
        <source>The city&apos;s policy kept in the store was changed outside the program.</source>
        <translation>存放在本站的市府政策已在程式外被更改。</translation>
    </message>
</context>
<context>
    <name>CentralRegistry</name>
    <message>
        <source>No household registry is connected: record the documents you saw.</source>
        <translation>未連接戶籍資料系統：請登錄您查驗的證件。</translation>
    </message>
    <message>
        <source>The registry cannot be asked through the central service (%1). Record the documents you saw: the application is re-checked when the centre is back.</source>
        <translation>無法經由中央系統查詢戶籍資料（%1）。請登錄您查驗的證件：中央系統恢復連線後將重新查核此申請。</translation>
    </message>
</context>
<context>
    <name>ChangesPage</name>
    <message>
        <source>The page is too large.</source>
        <translation>此頁資料過大。</translation>
    </message>
    <message>
        <source>A page is {&quot;changes&quot;: […], &quot;next&quot;: …}.</source>
        <translation>一頁資料的格式為 {&quot;changes&quot;: […], &quot;next&quot;: …}。</translation>
    </message>
    <message>
        <source>More changes than a page holds.</source>
        <translation>異動筆數超過一頁的上限。</translation>
    </message>
    <message>
        <source>A change has station, topic, object and payload.</source>
        <translation>每筆異動須有 station、topic、object 與 payload。</translation>
    </message>
    <message>
        <source>A change names its station and object.</source>
        <translation>異動須註明其站點與對象。</translation>
    </message>
</context>
<context>
    <name>ChipProfile</name>
    <message>
        <source>This card is %1; the %2 profile cannot write it. Use a card of the right kind.</source>
        <translation>這張卡是 %1，%2 設定檔無法寫入。請使用正確種類的卡片。</translation>
    </message>
    <message>
        <source>This card already carries card number %1. Re-personalising it needs an explicit overwrite.</source>
        <translation>這張卡已寫有卡號 %1。要重新寫入，必須明確指定覆寫。</translation>
    </message>
    <message>
        <source>Reading the card back did not give the record just written: %1</source>
        <translation>回讀卡片所得與剛寫入的紀錄不符：%1</translation>
    </message>
</context>
<context>
    <name>ChipRecord</name>
    <message>
        <source>The expiry date must be a date on or after the issue date.</source>
        <translation>有效期限必須在發卡日當天或之後。</translation>
    </message>
    <message>
        <source>The dates must have four-digit years.</source>
        <translation>日期的年份必須是四位數。</translation>
    </message>
    <message>
        <source>A station ID on the chip is 1 to %1 letters, digits or dashes.</source>
        <translation>晶片上的站點代號為 1 到 %1 個英文字母、數字或連字號。</translation>
    </message>
    <message>
        <source>The record is %1 bytes; %2 were expected.</source>
        <translation>紀錄長度為 %1 位元組，應為 %2 位元組。</translation>
    </message>
    <message>
        <source>Record version %1 is not supported.</source>
        <translation>不支援第 %1 版的紀錄。</translation>
    </message>
    <message>
        <source>Card type code %1 is not known.</source>
        <translation>不明的卡別代碼 %1。</translation>
    </message>
    <message>
        <source>The record&apos;s fields do not parse.</source>
        <translation>紀錄的欄位無法解讀。</translation>
    </message>
</context>
<context>
    <name>ChipRecordCodec</name>
    <message>
        <source>The record is %1 bytes; %2 were expected.</source>
        <translation>紀錄長度為 %1 位元組，應為 %2 位元組。</translation>
    </message>
    <message>
        <source>The chip holds no record.</source>
        <translation>晶片中沒有紀錄。</translation>
    </message>
    <message>
        <source>The record&apos;s MAC does not verify: the record is incomplete, altered, or was written with other keys.</source>
        <translation>紀錄的 MAC 驗證失敗：紀錄不完整、遭竄改，或是以其他金鑰寫入。</translation>
    </message>
</context>
<context>
    <name>ClassicProfile</name>
    <message>
        <source>loading a key into the reader</source>
        <translation>將金鑰載入讀卡機</translation>
    </message>
    <message>
        <source>reading block %1</source>
        <translation>讀取區塊 %1</translation>
    </message>
    <message>
        <source>writing block %1</source>
        <translation>寫入區塊 %1</translation>
    </message>
    <message>
        <source>Sector %1 opens with neither the transport key nor this key file&apos;s keys. Is it another city&apos;s card, or the wrong key file?</source>
        <translation>第 %1 磁區既無法以出廠金鑰開啟，也無法以此金鑰檔的金鑰開啟。是其他縣市的卡，還是金鑰檔選錯了？</translation>
    </message>
    <message>
        <source>The sector holds data but still has the transport key: the personalisation did not finish.</source>
        <translation>磁區已有資料但仍是出廠金鑰：寫卡未完成。</translation>
    </message>
    <message>
        <source>The sector&apos;s key B is not this key file&apos;s.</source>
        <translation>磁區的 B 金鑰不是此金鑰檔的金鑰。</translation>
    </message>
    <message>
        <source>sector %1, blocks %2–%3</source>
        <translation>第 %1 磁區，區塊 %2–%3</translation>
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
        <translation>［長期有效］</translation>
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
    <message>
        <source>Person %1</source>
        <translation>個人編號 %1</translation>
    </message>
    <message>
        <source>ID number: %1</source>
        <translation>統一編號：%1</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>姓名：%1</translation>
    </message>
    <message>
        <source>Born: %1</source>
        <translation>出生日期：%1</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>地址：%1</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>電話：%1</translation>
    </message>
    <message>
        <source>Applications: %1</source>
        <translation>申請案：%1 件</translation>
    </message>
    <message>
        <source>The station store file.</source>
        <translation>工作站資料庫檔案。</translation>
    </message>
    <message>
        <source>Your operator name.</source>
        <translation>您的操作人員帳號。</translation>
    </message>
    <message>
        <source>The applicant&apos;s ID number.</source>
        <translation>申請人的統一編號。</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>以 JSON 取代文字輸出。</translation>
    </message>
    <message>
        <source>--id NATIONAL_ID is required.</source>
        <translation>必須指定 --id 統一編號。</translation>
    </message>
    <message>
        <source>No applicant with this ID number.</source>
        <translation>查無此統一編號的申請人。</translation>
    </message>
    <message>
        <source>How many applicants.</source>
        <translation>申請人數量。</translation>
    </message>
    <message>
        <source>Seed for the made-up data (default: the clock).</source>
        <translation>產生假資料的亂數種子（預設取自時鐘）。</translation>
    </message>
    <message>
        <source>--count must be a number from 1 to 10,000,000.</source>
        <translation>--count 必須是 1 到 10,000,000 的數字。</translation>
    </message>
    <message>
        <source>Seeded %1 of %2 applicants</source>
        <translation>已建立 %1／%2 位申請人</translation>
    </message>
    <message>
        <source>Added %1 applicants with applications in %2 s (%3 per second).</source>
        <translation>已於 %2 秒內加入 %1 位申請人及其申請案（每秒 %3 位）。</translation>
    </message>
    <message>
        <source>Your operator name (an admin or supervisor).</source>
        <translation>您的操作人員帳號（系統管理員或主管）。</translation>
    </message>
    <message>
        <source>The new operator&apos;s name.</source>
        <translation>新操作人員的帳號。</translation>
    </message>
    <message>
        <source>clerk, mobile, supervisor or admin.</source>
        <translation>clerk、mobile、supervisor 或 admin。</translation>
    </message>
    <message>
        <source>--role must be clerk, mobile, supervisor or admin.</source>
        <translation>--role 必須是 clerk、mobile、supervisor 或 admin。</translation>
    </message>
    <message>
        <source>New password for %1:</source>
        <translation>%1 的新密碼：</translation>
    </message>
    <message>
        <source>The same again:</source>
        <translation>請再輸入一次：</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>兩次輸入的密碼不同。</translation>
    </message>
    <message>
        <source>Added operator %1 (%2).</source>
        <translation>已新增操作人員 %1（%2）。</translation>
    </message>
    <message>
        <source>check a store&apos;s integrity, schema, card numbers and audit log</source>
        <translation>檢查資料庫完整性、結構版本、卡號與稽核日誌</translation>
    </message>
    <message>
        <source>add an operator (clerk, mobile, supervisor, admin)</source>
        <translation>新增操作人員（承辦、行動服務、主管、系統管理員）</translation>
    </message>
    <message>
        <source>find an applicant by ID number</source>
        <translation>以統一編號查詢申請人</translation>
    </message>
    <message>
        <source>verify the audit log&apos;s chain</source>
        <translation>驗證稽核日誌鏈</translation>
    </message>
    <message>
        <source>add made-up applicants for demos and benchmarks</source>
        <translation>加入展示與效能測試用的假申請人</translation>
    </message>
    <message>
        <source>--db PATH is required.</source>
        <translation>必須指定 --db 路徑。</translation>
    </message>
    <message>
        <source>--user USER is required: this reads personal data.</source>
        <translation>必須指定 --user 帳號：此操作會讀取個人資料。</translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation>%1 的密碼：</translation>
    </message>
    <message>
        <source>The city&apos;s code for this station.</source>
        <translation>市府為此工作站指定的代碼。</translation>
    </message>
    <message>
        <source>The first admin&apos;s name.</source>
        <translation>第一位系統管理員的帳號。</translation>
    </message>
    <message>
        <source>The four-digit card number prefix assigned to the station (default: the station ID, when it is four digits).</source>
        <translation>指定給此工作站的四位數卡號字首（預設為站點代碼，若其為四位數字）。</translation>
    </message>
    <message>
        <source>The station ID is not four digits: give the card number prefix with --card-prefix.</source>
        <translation>站點代碼不是四位數字：請以 --card-prefix 指定卡號字首。</translation>
    </message>
    <message>
        <source>Created the store %1 for station %2.</source>
        <translation>已為工作站 %2 建立資料庫 %1。</translation>
    </message>
    <message>
        <source>Card numbers: %1 onwards.</source>
        <translation>卡號：自 %1 起。</translation>
    </message>
    <message>
        <source>Admin: %1. A password check costs about %2 ms (scrypt N=%3, r=%4, p=%5).</source>
        <translation>系統管理員：%1。每次密碼驗證約需 %2 毫秒（scrypt N=%3、r=%4、p=%5）。</translation>
    </message>
    <message>
        <source>Store %1: schema version %2, %3 audit entries, %4 card numbers.</source>
        <translation>資料庫 %1：結構版本 %2，稽核紀錄 %3 筆，卡號 %4 個。</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>PROBLEMS FOUND: %1</source>
        <translation>發現問題：%1 項</translation>
    </message>
    <message>
        <source>The audit log is intact: %1 entries.</source>
        <translation>稽核日誌完整：共 %1 筆。</translation>
    </message>
    <message>
        <source>The audit log is broken at entry %1: %2</source>
        <translation>稽核日誌於第 %1 筆遭破壞：%2</translation>
    </message>
    <message>
        <source>Look one up: citizencard-cli applicant find --db %1 --user %2 --id %3</source>
        <translation>查詢範例：citizencard-cli applicant find --db %1 --user %2 --id %3</translation>
    </message>
    <message>
        <source>The reader: its name or a unique part of it (default: the only reader with a card).</source>
        <translation>讀卡機：完整名稱或可唯一辨識的部分名稱（預設：唯一有卡的讀卡機）。</translation>
    </message>
    <message>
        <source>The city key file.</source>
        <translation>市府金鑰檔。</translation>
    </message>
    <message>
        <source>The smart card service did not answer in time.</source>
        <translation>智慧卡服務未及時回應。</translation>
    </message>
    <message>
        <source>--keys KEYFILE is required.</source>
        <translation>必須指定 --keys KEYFILE。</translation>
    </message>
    <message>
        <source>Passphrase for %1:</source>
        <translation>%1 的通行密語：</translation>
    </message>
    <message>
        <source>Card number: %1</source>
        <translation>卡號：%1</translation>
    </message>
    <message>
        <source>Card type: %1</source>
        <translation>卡別：%1</translation>
    </message>
    <message>
        <source>Issued: %1</source>
        <translation>發卡日：%1</translation>
    </message>
    <message>
        <source>Expires: %1</source>
        <translation>有效期限：%1</translation>
    </message>
    <message>
        <source>Issuing station: %1</source>
        <translation>發卡站點：%1</translation>
    </message>
    <message>
        <source>%1 must be a date as YYYY-MM-DD.</source>
        <translation>%1 必須是 YYYY-MM-DD 格式的日期。</translation>
    </message>
    <message>
        <source>No readers are connected.</source>
        <translation>沒有連接任何讀卡機。</translation>
    </message>
    <message>
        <source>card present (%1)</source>
        <translation>有卡（%1）</translation>
    </message>
    <message>
        <source>no card</source>
        <translation>無卡</translation>
    </message>
    <message>
        <source>desfire (default) or classic.</source>
        <translation>desfire（預設）或 classic。</translation>
    </message>
    <message>
        <source>The card number.</source>
        <translation>卡號。</translation>
    </message>
    <message>
        <source>general, student, senior, disability or companion.</source>
        <translation>general、student、senior、disability 或 companion。</translation>
    </message>
    <message>
        <source>Issue date, YYYY-MM-DD.</source>
        <translation>發卡日，YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>Expiry date, YYYY-MM-DD.</source>
        <translation>有效期限，YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>Issuing station ID.</source>
        <translation>發卡站點代號。</translation>
    </message>
    <message>
        <source>Re-personalise a card that already carries a record.</source>
        <translation>重新寫入已有紀錄的卡片。</translation>
    </message>
    <message>
        <source>--%1 is required.</source>
        <translation>必須指定 --%1。</translation>
    </message>
    <message>
        <source>--profile is desfire or classic.</source>
        <translation>--profile 必須是 desfire 或 classic。</translation>
    </message>
    <message>
        <source>--type is general, student, senior, disability or companion.</source>
        <translation>--type 必須是 general、student、senior、disability 或 companion。</translation>
    </message>
    <message>
        <source>Personalised the %1 card %2 (%3).</source>
        <translation>已寫入 %1 卡片 %2（%3）。</translation>
    </message>
    <message>
        <source>Read back and verified (%1 APDUs).</source>
        <translation>已回讀並驗證（%1 個 APDU）。</translation>
    </message>
    <message>
        <source>Card %1 (%2)</source>
        <translation>卡片 %1（%2）</translation>
    </message>
    <message>
        <source>The record&apos;s MAC verifies.</source>
        <translation>紀錄的 MAC 驗證通過。</translation>
    </message>
    <message>
        <source>The card is blank: it carries no city record.</source>
        <translation>空白卡：沒有市府紀錄。</translation>
    </message>
    <message>
        <source>The card is incomplete: %1</source>
        <translation>卡片未完成：%1</translation>
    </message>
    <message>
        <source>Where to write the key file.</source>
        <translation>金鑰檔的存放位置。</translation>
    </message>
    <message>
        <source>DESFire application id, 6 hex digits (default F0C1C1).</source>
        <translation>DESFire 應用程式代號，6 位十六進位數字（預設 F0C1C1）。</translation>
    </message>
    <message>
        <source>AN10922 system identifier, 1 to 21 characters (default CITIZENCARD).</source>
        <translation>AN10922 系統識別碼，1 到 21 個字元（預設 CITIZENCARD）。</translation>
    </message>
    <message>
        <source>MIFARE Classic sector, 1 to 15 (default 1).</source>
        <translation>MIFARE Classic 磁區，1 到 15（預設 1）。</translation>
    </message>
    <message>
        <source>--out KEYFILE is required.</source>
        <translation>必須指定 --out KEYFILE。</translation>
    </message>
    <message>
        <source>Passphrase for the new key file:</source>
        <translation>新金鑰檔的通行密語：</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>兩次輸入的通行密語不同。</translation>
    </message>
    <message>
        <source>Wrote new city master keys to %1. Keep a copy in the city&apos;s safe: cards written with these keys can only be verified with them.</source>
        <translation>已將新的市府主金鑰寫入 %1。請將副本存放於市府保險箱：以這組金鑰寫入的卡片只能用它們驗證。</translation>
    </message>
    <message>
        <source>list the card readers and whether a card is on each</source>
        <translation>列出讀卡機及各台是否有卡</translation>
    </message>
    <message>
        <source>read the UID and kind of the card on a reader</source>
        <translation>讀取讀卡機上卡片的 UID 與種類</translation>
    </message>
    <message>
        <source>write the city record to a card&apos;s chip and verify it</source>
        <translation>將市府紀錄寫入卡片晶片並驗證</translation>
    </message>
    <message>
        <source>read a card&apos;s chip and check its record&apos;s MAC</source>
        <translation>讀取卡片晶片並檢查紀錄的 MAC</translation>
    </message>
    <message>
        <source>make a new key file of city master keys</source>
        <translation>建立新的市府主金鑰檔</translation>
    </message>
    <message>
        <source>render card faces from a CSV as PNG files or one PDF</source>
        <translation>依 CSV 產生卡面 PNG 檔或一份 PDF</translation>
    </message>
    <message>
        <source>list the card printers and their state</source>
        <translation>列出製卡印表機及其狀態</translation>
    </message>
    <message>
        <source>print card faces from a CSV on a printer</source>
        <translation>依 CSV 在印表機上印製卡面</translation>
    </message>
    <message>
        <source>Card face template (JSON).</source>
        <translation>卡面版型（JSON）。</translation>
    </message>
    <message>
        <source>Shipped template for this card type.</source>
        <translation>使用此卡別的內建版型。</translation>
    </message>
    <message>
        <source>easycard or ipass (default easycard).</source>
        <translation>easycard 或 ipass（預設 easycard）。</translation>
    </message>
    <message>
        <source>CSV with a header of the template&apos;s field names; a photo column holds image paths, relative to the CSV.</source>
        <translation>CSV 檔，標題列為版型的欄位名稱；photo 欄為相片路徑（相對於 CSV 檔）。</translation>
    </message>
    <message>
        <source>Give exactly one of --template FILE and --type T.</source>
        <translation>--template FILE 與 --type T 須擇一指定。</translation>
    </message>
    <message>
        <source>--data CSV is required.</source>
        <translation>須指定 --data CSV。</translation>
    </message>
    <message>
        <source>%1 has no rows.</source>
        <translation>%1 沒有資料列。</translation>
    </message>
    <message>
        <source>A directory for PNG files, or a file ending in .pdf.</source>
        <translation>PNG 檔的資料夾，或以 .pdf 結尾的檔案。</translation>
    </message>
    <message>
        <source>PNG resolution (default 300).</source>
        <translation>PNG 解析度（預設 300）。</translation>
    </message>
    <message>
        <source>--dpi must be between 72 and 1200.</source>
        <translation>--dpi 須介於 72 與 1200 之間。</translation>
    </message>
    <message>
        <source>--out DIR|FILE.pdf is required.</source>
        <translation>須指定 --out DIR|FILE.pdf。</translation>
    </message>
    <message>
        <source>cannot create the directory</source>
        <translation>無法建立資料夾</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n card(s) to %1.</source>
        <translation>
            <numerusform>已將 %n 張卡片寫入 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>No printers. Add a print queue, or name direct printers in CITIZENCARD_PRINTERS (e.g. evolis://192.168.1.20:9100).</source>
        <translation>沒有印表機。請新增列印佇列，或在 CITIZENCARD_PRINTERS 指定直連印表機（例如 evolis://192.168.1.20:9100）。</translation>
    </message>
    <message>
        <source>A print queue, evolis://HOST:PORT, evolis:/dev/FILE, or proof:DIR.</source>
        <translation>列印佇列、evolis://主機:埠、evolis:/dev/檔案，或 proof:資料夾。</translation>
    </message>
    <message>
        <source>--printer NAME is required; see &quot;printers list&quot;.</source>
        <translation>須指定 --printer NAME；請見「printers list」。</translation>
    </message>
    <message>
        <source>error</source>
        <translation>錯誤</translation>
    </message>
    <message>
        <source>book a delivery of blank cards into stock</source>
        <translation>登記空白卡入庫</translation>
    </message>
    <message>
        <source>The carrier: easycard or ipass.</source>
        <translation>載具：easycard 或 ipass。</translation>
    </message>
    <message>
        <source>How many blank cards.</source>
        <translation>空白卡張數。</translation>
    </message>
    <message>
        <source>The delivery note&apos;s number or a remark.</source>
        <translation>送貨單號或備註。</translation>
    </message>
    <message>
        <source>--carrier must be easycard or ipass.</source>
        <translation>--carrier 必須是 easycard 或 ipass。</translation>
    </message>
    <message>
        <source>--count must be a whole number above 0.</source>
        <translation>--count 必須是大於 0 的整數。</translation>
    </message>
    <message>
        <source>%1 blank %2 cards booked into stock.</source>
        <translation>已登記 %1 張%2空白卡入庫。</translation>
    </message>
    <message>
        <source>a second row without a card number (the first is row %1)</source>
        <translation>另有一列沒有卡號（第一列無卡號的是第 %1 列）</translation>
    </message>
    <message>
        <source>card number %1 is repeated (first in row %2)</source>
        <translation>卡號 %1 重複（首次出現在第 %2 列）</translation>
    </message>
    <message>
        <source>Not checked without a login (--user USER): the seals of the station and operator records and the audit log&apos;s keyed anchor.</source>
        <translation>未登入（--user 帳號）時不檢查：工作站與操作人員資料的封印，以及稽核日誌的金鑰錨點。</translation>
    </message>
    <message>
        <source>The records are JSON Lines, one per line; print one JSON answer per line.</source>
        <translation>紀錄為 JSON Lines 格式，每列一筆；每筆輸出一列 JSON 結果。</translation>
    </message>
    <message>
        <source>Store %1:</source>
        <translation>資料庫 %1：</translation>
    </message>
    <message>
        <source>%1 has no access to personal data until a supervisor grants it: citizencard-cli operator grant --db %2 --user SUPERVISOR --name %1</source>
        <translation>%1 在主管授權前無法存取個人資料：citizencard-cli operator grant --db %2 --user 主管名稱 --name %1</translation>
    </message>
    <message>
        <source>Your operator name (a supervisor).</source>
        <translation>您的操作員名稱（主管）。</translation>
    </message>
    <message>
        <source>--name is required.</source>
        <translation>必須提供 --name。</translation>
    </message>
    <message>
        <source>%1 now has access to personal data.</source>
        <translation>%1 現在可以存取個人資料。</translation>
    </message>
    <message>
        <source>create a station store with its first admin and supervisor</source>
        <translation>建立站點資料庫及其第一位管理員與主管</translation>
    </message>
    <message>
        <source>give an operator an admin added access to personal data</source>
        <translation>授予管理員新增的操作員個人資料存取權</translation>
    </message>
    <message>
        <source>The first supervisor&apos;s name: the first operator with access to personal data (admins have none).</source>
        <translation>第一位主管的名稱：第一位可存取個人資料的操作員（管理員不能存取）。</translation>
    </message>
    <message>
        <source>--db, --station, --admin and --supervisor are required.</source>
        <translation>必須提供 --db、--station、--admin 與 --supervisor。</translation>
    </message>
    <message>
        <source>--admin and --supervisor are two people: give them two names.</source>
        <translation>--admin 與 --supervisor 是兩個人：請給兩個不同的名稱。</translation>
    </message>
    <message>
        <source>Supervisor: %1, the one operator with access to personal data for now; the clerks a supervisor adds have it at once.</source>
        <translation>主管：%1，目前唯一可存取個人資料的操作員；主管新增的承辦人員立即可存取。</translation>
    </message>
    <message>
        <source>produce a card as the counter&apos;s F9 does: encode, print, issue</source>
        <translation>如同櫃台的 F9 製作卡片：寫入晶片、印製卡面、發卡</translation>
    </message>
    <message>
        <source>resolve the cards a crash left unfinished</source>
        <translation>處理當機後未完成的卡片</translation>
    </message>
    <message>
        <source>The card printer (evolis://HOST:PORT, proof:FOLDER or a system queue).</source>
        <translation>製卡印表機（evolis://主機:埠、proof:資料夾，或系統列印佇列）。</translation>
    </message>
    <message>
        <source>The encoder&apos;s reader: its name or a unique part of it (default: the only reader).</source>
        <translation>寫卡用的讀卡機：完整名稱或可唯一辨識的部分名稱（預設：唯一的讀卡機）。</translation>
    </message>
    <message>
        <source>The chip profile: desfire (default) or classic.</source>
        <translation>晶片設定檔：desfire（預設）或 classic。</translation>
    </message>
    <message>
        <source>--printer PRINTER is required.</source>
        <translation>必須指定 --printer PRINTER。</translation>
    </message>
    <message>
        <source>card %1: issued</source>
        <translation>卡號 %1：已發卡</translation>
    </message>
    <message>
        <source>card %1: spoiled (%2); put it aside for destruction</source>
        <translation>卡號 %1：已作廢（%2）；請將卡片另置待銷毀</translation>
    </message>
    <message>
        <source>card %1: cancelled, no card was used (%2)</source>
        <translation>卡號 %1：已取消，未使用卡片（%2）</translation>
    </message>
    <message>
        <source>A walk-in: the applicant&apos;s ID number.</source>
        <translation>臨櫃申請：申請人的身分證統一編號。</translation>
    </message>
    <message>
        <source>The registry fixture to look the applicant up in.</source>
        <translation>查詢申請人用的戶籍資料檔。</translation>
    </message>
    <message>
        <source>The applicant&apos;s photo.</source>
        <translation>申請人的照片。</translation>
    </message>
    <message>
        <source>The card type (default: the one eligibility assigns).</source>
        <translation>卡別（預設：資格審查所核定的卡別）。</translation>
    </message>
    <message>
        <source>The applicant consents to the use of disability data (disability and companion cards).</source>
        <translation>申請人同意使用身心障礙資料（愛心卡與愛心陪伴卡）。</translation>
    </message>
    <message>
        <source>--registry PATH is required with --id.</source>
        <translation>使用 --id 時必須指定 --registry PATH。</translation>
    </message>
    <message>
        <source>--photo FILE is required with --id.</source>
        <translation>使用 --id 時必須指定 --photo FILE。</translation>
    </message>
    <message>
        <source>The registry has no person with this ID number.</source>
        <translation>戶籍資料中查無此身分證統一編號。</translation>
    </message>
    <message>
        <source>Unknown card type &quot;%1&quot;.</source>
        <translation>不明的卡別「%1」。</translation>
    </message>
    <message>
        <source>The applicant is eligible for no card type.</source>
        <translation>申請人不符合任何卡別的資格。</translation>
    </message>
    <message>
        <source>The photo cannot be read.</source>
        <translation>無法讀取照片。</translation>
    </message>
    <message>
        <source>The photo is not an image.</source>
        <translation>照片不是影像檔。</translation>
    </message>
    <message>
        <source>An application already recorded (a replacement, a conversion, or a card whose production failed).</source>
        <translation>已受理的申請案（補發、換發，或製卡失敗的卡片）。</translation>
    </message>
    <message>
        <source>The blank card: easycard (default) or ipass.</source>
        <translation>空白卡：easycard（悠遊卡，預設）或 ipass（一卡通）。</translation>
    </message>
    <message>
        <source>card produce --db PATH --user USER --keys KEYFILE --printer PRINTER (--application ID | --id NATIONAL_ID --registry PATH --photo FILE) [--json]</source>
        <translation>card produce --db PATH --user USER --keys KEYFILE --printer PRINTER (--application ID | --id NATIONAL_ID --registry PATH --photo FILE) [--json]</translation>
    </message>
    <message>
        <source>Give either --application ID or --id NATIONAL_ID.</source>
        <translation>請指定 --application ID 或 --id NATIONAL_ID 其中之一。</translation>
    </message>
    <message>
        <source>--application takes an application number.</source>
        <translation>--application 須為申請案編號。</translation>
    </message>
    <message>
        <source>Unknown carrier &quot;%1&quot;: easycard or ipass.</source>
        <translation>不明的卡片載具「%1」：請用 easycard 或 ipass。</translation>
    </message>
    <message>
        <source>Application %1 stays recorded: card produce --application %1 produces it.</source>
        <translation>申請案 %1 仍保留：執行 card produce --application %1 即可製卡。</translation>
    </message>
    <message>
        <source>card recover --db PATH --user USER --keys KEYFILE --printer PRINTER [--json]</source>
        <translation>card recover --db PATH --user USER --keys KEYFILE --printer PRINTER [--json]</translation>
    </message>
    <message>
        <source>Nothing was left unfinished.</source>
        <translation>沒有未完成的卡片。</translation>
    </message>
    <message>
        <source>enrol this station with the central service (once)</source>
        <translation>向中央服務註冊本站（僅需一次）</translation>
    </message>
    <message>
        <source>how many events wait and when the centre was last reached</source>
        <translation>待傳事件數及最後一次連上中央服務的時間</translation>
    </message>
    <message>
        <source>Your operator name (an admin).</source>
        <translation>您的操作員帳號（系統管理員）。</translation>
    </message>
    <message>
        <source>The central service&apos;s address, https://HOST:PORT.</source>
        <translation>中央服務的位址，https://主機:埠號。</translation>
    </message>
    <message>
        <source>The one-time code from the centre&apos;s administrator.</source>
        <translation>中央服務管理員提供的一次性註冊碼。</translation>
    </message>
    <message>
        <source>The city&apos;s station CA certificate (PEM).</source>
        <translation>市府站台憑證機構的憑證（PEM）。</translation>
    </message>
    <message>
        <source>--central, --code and --ca are required.</source>
        <translation>必須提供 --central、--code 及 --ca。</translation>
    </message>
    <message>
        <source>Cannot read the CA file.</source>
        <translation>無法讀取憑證機構檔案。</translation>
    </message>
    <message>
        <source>Station enrolled with %1.</source>
        <translation>本站已向 %1 註冊。</translation>
    </message>
    <message>
        <source>The station is not enrolled: run citizencard-cli station enrol first.</source>
        <translation>本站尚未註冊：請先執行 citizencard-cli station enrol。</translation>
    </message>
    <message>
        <source>sync with the central service now: send, re-check, receive</source>
        <translation>立即與中央系統同步：上傳、重新查核、下載</translation>
    </message>
    <message>
        <source>write the centre&apos;s signed hotlist of blocked cards, for partners</source>
        <translation>輸出中央系統簽章的停用卡清單，供合作單位使用</translation>
    </message>
    <message>
        <source>check a hotlist&apos;s signature and contents</source>
        <translation>檢查停用卡清單的簽章與內容</translation>
    </message>
    <message>
        <source>Events waiting: %1; the centre holds through event %2; open flags: %3.</source>
        <translation>待上傳事件：%1；中央系統已收到第 %2 筆為止；未處理的提醒：%3。</translation>
    </message>
    <message>
        <source>The file to write (and FILE.sig).</source>
        <translation>要寫入的檔案（以及 FILE.sig）。</translation>
    </message>
    <message>
        <source>Only the cards blocked after this version.</source>
        <translation>僅列出此版本之後停用的卡片。</translation>
    </message>
    <message>
        <source>--out FILE is required; --since is a version (0 or more).</source>
        <translation>必須指定 --out FILE；--since 為版本號（0 以上）。</translation>
    </message>
    <message>
        <source>Hotlist version %1 (%2 cards) written to %3 and %3.sig.</source>
        <translation>停用卡清單第 %1 版（%2 張卡）已寫入 %3 與 %3.sig。</translation>
    </message>
    <message>
        <source>The hotlist file.</source>
        <translation>停用卡清單檔案。</translation>
    </message>
    <message>
        <source>Its signature (default: FILE.sig).</source>
        <translation>其簽章檔（預設：FILE.sig）。</translation>
    </message>
    <message>
        <source>The centre&apos;s public hotlist key (PEM).</source>
        <translation>中央系統的停用卡清單公鑰（PEM）。</translation>
    </message>
    <message>
        <source>--list and --key are required.</source>
        <translation>必須指定 --list 與 --key。</translation>
    </message>
    <message>
        <source>The signature does not match: the list was changed or was not signed by this key.</source>
        <translation>簽章不符：清單已被更改，或並非以此金鑰簽署。</translation>
    </message>
    <message>
        <source>Signature valid: hotlist version %1, %2 cards.</source>
        <translation>簽章有效：停用卡清單第 %1 版，共 %2 張卡。</translation>
    </message>
    <message>
        <source>A policy file (default: the one the city published through the centre, else the built-in one).</source>
        <translation>政策檔（預設：市府經由中央系統發布的政策，若無則用內建政策）。</translation>
    </message>
    <message>
        <source>The batch number.</source>
        <translation>批次編號。</translation>
    </message>
    <message>
        <source>--batch ID is required: the batch&apos;s number.</source>
        <translation>必須提供 --batch ID：批次編號。</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>無法讀取檔案：%1</translation>
    </message>
    <message>
        <source>Batch %1: %2</source>
        <translation>批次 %1：%2</translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation>類別：%1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>狀態：%1</translation>
    </message>
    <message>
        <source>Created by %1 at %2</source>
        <translation>由 %1 建立於 %2</translation>
    </message>
    <message>
        <source>Changed by: %1</source>
        <translation>修改者：%1</translation>
    </message>
    <message>
        <source>Decided by %1 at %2</source>
        <translation>由 %1 核定於 %2</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>理由：%1</translation>
    </message>
    <message>
        <source>Applications: %1, issued: %2</source>
        <translation>申請：%1 筆，已發卡：%2 張</translation>
    </message>
    <message>
        <source>WARNING: the batch does not match its seal; it was changed outside the program.</source>
        <translation>警告：此批次與其封印不符，曾在本程式之外被修改。</translation>
    </message>
    <message>
        <source>Why, for the record.</source>
        <translation>原因，記錄備查。</translation>
    </message>
    <message>
        <source>Batch %1 is now %2.</source>
        <translation>批次 %1 現為%2。</translation>
    </message>
    <message>
        <source>mobile-session, village-collection, school-roster or agency-roster.</source>
        <translation>mobile-session（行動服務）、village-collection（里長收件）、school-roster（學校名冊）或 agency-roster（機關名冊）。</translation>
    </message>
    <message>
        <source>What the batch is.</source>
        <translation>批次的說明名稱。</translation>
    </message>
    <message>
        <source>The card type a roster makes (student for a school).</source>
        <translation>名冊製作的卡別（學校名冊為 student）。</translation>
    </message>
    <message>
        <source>--kind is mobile-session, village-collection, school-roster or agency-roster.</source>
        <translation>--kind 須為 mobile-session、village-collection、school-roster 或 agency-roster。</translation>
    </message>
    <message>
        <source>--card-type is general, student, senior, disability or companion.</source>
        <translation>--card-type 須為 general、student、senior、disability 或 companion。</translation>
    </message>
    <message>
        <source>Batch %1 created.</source>
        <translation>已建立批次 %1。</translation>
    </message>
    <message>
        <source>The roster (CSV).</source>
        <translation>名冊（CSV）。</translation>
    </message>
    <message>
        <source>auto (default), utf-8 or big5.</source>
        <translation>auto（預設）、utf-8 或 big5。</translation>
    </message>
    <message>
        <source>A JSON file naming the roster&apos;s headers for each field (docs/rosters.md).</source>
        <translation>指定各欄位名冊標題的 JSON 檔（見 docs/rosters.md）。</translation>
    </message>
    <message>
        <source>Import the rows that pass; by default one bad row stops the file.</source>
        <translation>匯入通過檢查的列；預設只要有一列錯誤，整個檔案都不匯入。</translation>
    </message>
    <message>
        <source>Write the refused rows, with what is wrong, to this CSV to send back.</source>
        <translation>將未通過的列及其問題寫入此 CSV，以便退回。</translation>
    </message>
    <message>
        <source>A policy file (default: the city&apos;s published one).</source>
        <translation>政策檔（預設：市府公布的政策）。</translation>
    </message>
    <message>
        <source>The registry fixture an agency roster&apos;s people are looked up in.</source>
        <translation>查詢機關名冊人員所用的戶籍資料檔。</translation>
    </message>
    <message>
        <source>--file CSV is required.</source>
        <translation>必須提供 --file CSV。</translation>
    </message>
    <message>
        <source>cannot write the refused rows: %1</source>
        <translation>無法寫入未通過的列：%1</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>第 %1 列</translation>
    </message>
    <message>
        <source>%1 rows read (%2), %3 imported, %4 refused.</source>
        <translation>讀取 %1 列（%2），匯入 %3 筆，未通過 %4 列。</translation>
    </message>
    <message>
        <source>Nothing was imported. Correct the rows, or give --good-rows to import the others.</source>
        <translation>未匯入任何資料。請更正這些列，或加上 --good-rows 只匯入其餘各列。</translation>
    </message>
    <message>
        <source>Only batches in this state (open, submitted, approved, rejected, in-production, completed).</source>
        <translation>只列出此狀態的批次（open、submitted、approved、rejected、in-production、completed）。</translation>
    </message>
    <message>
        <source>--status is open, submitted, approved, rejected, in-production or completed.</source>
        <translation>--status 須為 open、submitted、approved、rejected、in-production 或 completed。</translation>
    </message>
    <message>
        <source>No batches.</source>
        <translation>沒有批次。</translation>
    </message>
    <message>
        <source>SEAL BROKEN</source>
        <translation>封印不符</translation>
    </message>
    <message>
        <source>open a batch: mobile session, village collection or roster</source>
        <translation>建立批次：行動服務、里長收件或名冊</translation>
    </message>
    <message>
        <source>import a school&apos;s or agency&apos;s roster into a batch</source>
        <translation>將學校或機關名冊匯入批次</translation>
    </message>
    <message>
        <source>list the batches and their state</source>
        <translation>列出批次及其狀態</translation>
    </message>
    <message>
        <source>show one batch: who made, changed and decided it</source>
        <translation>顯示單一批次：建立、修改與核定者</translation>
    </message>
    <message>
        <source>send a batch for a supervisor&apos;s approval</source>
        <translation>將批次送交主管核定</translation>
    </message>
    <message>
        <source>approve a batch you had no part in (four eyes)</source>
        <translation>核准自己未參與的批次（雙人覆核）</translation>
    </message>
    <message>
        <source>send a batch back, saying why</source>
        <translation>退回批次並說明原因</translation>
    </message>
    <message>
        <source>make an approved batch&apos;s cards one after another</source>
        <translation>逐張製作已核准批次的卡片</translation>
    </message>
    <message>
        <source>When a card fails: stop (default), skip it (it waits for the next run), or retry it up to --retries times and then skip it.</source>
        <translation>卡片失敗時：stop 停止（預設）、skip 略過（留待下次製作），或 retry 重試最多 --retries 次後略過。</translation>
    </message>
    <message>
        <source>Tries after a failure with --on-failure retry (default 1).</source>
        <translation>使用 --on-failure retry 時，失敗後重試的次數（預設 1）。</translation>
    </message>
    <message>
        <source>batch produce --db PATH --user USER --keys KEYFILE --printer PRINTER --batch ID [--on-failure stop|skip|retry] [--retries N] [--json]</source>
        <translation>batch produce --db PATH --user USER --keys KEYFILE --printer PRINTER --batch ID [--on-failure stop|skip|retry] [--retries N] [--json]</translation>
    </message>
    <message>
        <source>--on-failure is stop, skip or retry; --retries a number of tries.</source>
        <translation>--on-failure 須為 stop、skip 或 retry；--retries 須為次數。</translation>
    </message>
    <message>
        <source>%1 of %2 done, %3 issued, about %4 s left</source>
        <translation>已完成 %1／%2，已發卡 %3 張，約剩 %4 秒</translation>
    </message>
    <message>
        <source>Batch %1: %2 of %3 issued, %4 spoiled, %5 skipped.</source>
        <translation>批次 %1：%3 張中已發 %2 張，報廢 %4 張，略過 %5 張。</translation>
    </message>
    <message>
        <source>  application %1 waits: %2</source>
        <translation>  申請 %1 待製：%2</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>已停止：%1</translation>
    </message>
    <message>
        <source>Left by an interrupted run: %1</source>
        <translation>中斷的製作留下的卡片：%1</translation>
    </message>
    <message>
        <source>The PDF file to write the hand-over list to.</source>
        <translation>交付清冊要寫入的 PDF 檔。</translation>
    </message>
    <message>
        <source>--pdf FILE is required: where to write the list.</source>
        <translation>必須指定 --pdf FILE：清冊要寫到哪裡。</translation>
    </message>
    <message>
        <source>cannot write the file</source>
        <translation>無法寫入檔案</translation>
    </message>
    <message numerus="yes">
        <source>Hand-over list of batch %1: %n card(s), written to %2</source>
        <translation>
            <numerusform>批次 %1 的交付清冊：%n 張卡片，已寫入 %2</numerusform>
        </translation>
    </message>
    <message>
        <source>write the list a school or village chief signs for its cards</source>
        <translation>產生學校或村里長簽收卡片用的交付清冊</translation>
    </message>
    <message>
        <source>list the operators: role, locked, disabled, data access</source>
        <translation>列出操作人員：角色、鎖定、停用、個資存取</translation>
    </message>
    <message>
        <source>let a locked-out operator log in again now</source>
        <translation>讓被鎖定的操作人員立即可再登入</translation>
    </message>
    <message>
        <source>stop an operator from logging in (nothing is deleted)</source>
        <translation>停用操作人員登入（不刪除任何資料）</translation>
    </message>
    <message>
        <source>let a disabled operator log in again</source>
        <translation>讓已停用的操作人員可再登入</translation>
    </message>
    <message>
        <source>give an operator who forgot their password a new one</source>
        <translation>為忘記密碼的操作人員設定新密碼</translation>
    </message>
    <message>
        <source>change an operator&apos;s role (admins only)</source>
        <translation>變更操作人員的角色（限系統管理員）</translation>
    </message>
    <message>
        <source>The operator to change.</source>
        <translation>要變更的操作人員。</translation>
    </message>
    <message>
        <source>Your operator name (a supervisor for clerks and mobile teams, else an admin).</source>
        <translation>您的操作人員名稱（承辦人員與行動服務人員由主管，其餘由系統管理員）。</translation>
    </message>
    <message>
        <source>Your operator name (a supervisor or admin).</source>
        <translation>您的操作人員名稱（主管或系統管理員）。</translation>
    </message>
    <message>
        <source>waits for access to personal data</source>
        <translation>等待個資存取授權</translation>
    </message>
    <message>
        <source>%1 can log in again.</source>
        <translation>%1 已可再登入。</translation>
    </message>
    <message>
        <source>%1 is disabled and cannot log in.</source>
        <translation>%1 已停用，無法登入。</translation>
    </message>
    <message>
        <source>%1 is enabled again.</source>
        <translation>%1 已重新啟用。</translation>
    </message>
    <message>
        <source>%1 has a new password; give it to them in person.</source>
        <translation>%1 已設定新密碼；請當面交給本人。</translation>
    </message>
    <message>
        <source>%1 has the new role.</source>
        <translation>%1 已改為新角色。</translation>
    </message>
    <message>
        <source>set the name an operator signs receipts with</source>
        <translation>設定操作人員在收據上的署名</translation>
    </message>
    <message>
        <source>set the office name, address and phone receipts print</source>
        <translation>設定收據上印的機關名稱、地址與電話</translation>
    </message>
    <message>
        <source>The name receipts are signed with (empty: the operator name).</source>
        <translation>收據上的署名（空白：使用帳號名稱）。</translation>
    </message>
    <message>
        <source>%1 signs receipts with the new name.</source>
        <translation>%1 的收據將以新名稱署名。</translation>
    </message>
    <message>
        <source>The office&apos;s name, as receipts print it.</source>
        <translation>機關名稱，如收據所印。</translation>
    </message>
    <message>
        <source>The office&apos;s address.</source>
        <translation>機關地址。</translation>
    </message>
    <message>
        <source>The office&apos;s phone number.</source>
        <translation>機關電話。</translation>
    </message>
    <message>
        <source>Receipts now name the office %1.</source>
        <translation>收據現在印上機關：%1。</translation>
    </message>
    <message>
        <source>cards issued by type, carrier, channel or operator</source>
        <translation>依卡別、載具、管道或操作人員統計的發卡數</translation>
    </message>
    <message>
        <source>blank cards on hand, their rate of use and days left</source>
        <translation>空白卡庫存、使用速率與可用天數</translation>
    </message>
    <message>
        <source>blank cards spoiled, by reason, and the spoilage rate</source>
        <translation>依原因統計的報廢空白卡與報廢率</translation>
    </message>
    <message>
        <source>time from application to hand-over: median, 90th percentile</source>
        <translation>從申請到交付的時間：中位數、第 90 百分位數</translation>
    </message>
    <message>
        <source>Your operator name (a supervisor or the admin).</source>
        <translation>您的操作人員帳號（主管或管理員）。</translation>
    </message>
    <message>
        <source>The first day (default: 29 days before --to).</source>
        <translation>起日（預設：--to 前 29 天）。</translation>
    </message>
    <message>
        <source>The last day (default: today).</source>
        <translation>迄日（預設：今天）。</translation>
    </message>
    <message>
        <source>Write the report&apos;s table as CSV (UTF-8 with BOM).</source>
        <translation>以 CSV（UTF-8 含 BOM）輸出報表的表格。</translation>
    </message>
    <message>
        <source>Sum issued cards by day, week or month (default: day).</source>
        <translation>依日、週或月加總發卡數（預設：日）。</translation>
    </message>
    <message>
        <source>Tell issued cards apart by type, carrier, channel or operator (default: type).</source>
        <translation>依卡別、載具、管道或操作人員分列發卡數（預設：卡別）。</translation>
    </message>
    <message>
        <source>A policy file whose stock thresholds to apply (default: the city&apos;s published one).</source>
        <translation>套用其庫存警示門檻的政策檔（預設：市府公告的政策）。</translation>
    </message>
    <message>
        <source>Give --json or --csv, not both.</source>
        <translation>請擇一指定 --json 或 --csv。</translation>
    </message>
    <message>
        <source>--grain is day, week or month.</source>
        <translation>--grain 須為 day、week 或 month。</translation>
    </message>
    <message>
        <source>--by is type, carrier, channel or operator.</source>
        <translation>--by 須為 type、carrier、channel 或 operator。</translation>
    </message>
</context>
<context>
    <name>CommandReader</name>
    <message>
        <source>a command must start with ESC</source>
        <translation>指令必須以 ESC 開頭</translation>
    </message>
    <message>
        <source>a command does not end within %1 bytes</source>
        <translation>指令在 %1 位元組內沒有結束</translation>
    </message>
    <message>
        <source>a command has no name</source>
        <translation>指令沒有名稱</translation>
    </message>
    <message>
        <source>a bitmap download&apos;s header is malformed</source>
        <translation>點陣圖下載指令的標頭格式錯誤</translation>
    </message>
    <message>
        <source>compressed downloads are read for the k and o panels at 2 levels only, not &quot;%1&quot; at %2</source>
        <translation>壓縮下載只支援 2 階的 k 與 o 色版，不支援 %2 階的「%1」</translation>
    </message>
    <message>
        <source>a compressed panel of %1 bytes is not possible</source>
        <translation>不可能有 %1 位元組的壓縮色版</translation>
    </message>
    <message>
        <source>panel &quot;%1&quot; cannot be downloaded at %2 levels</source>
        <translation>色版「%1」不能以 %2 階下載</translation>
    </message>
    <message>
        <source>the bitmap data is not followed by CR</source>
        <translation>點陣圖資料後面沒有 CR</translation>
    </message>
    <message>
        <source>the stream ends inside the command at byte %1</source>
        <translation>資料流在第 %1 位元組開始的指令中途結束</translation>
    </message>
    <message>
        <source>the compressed panel ends at line %1 of %2</source>
        <translation>壓縮色版在第 %1 行（共 %2 行）就結束了</translation>
    </message>
    <message>
        <source>line %1 says it has %2 bytes; a line has %3</source>
        <translation>第 %1 行標示有 %2 位元組；一行只有 %3 位元組</translation>
    </message>
    <message>
        <source>line %1 ends before its %2 bytes</source>
        <translation>第 %1 行在其 %2 位元組之前就結束了</translation>
    </message>
    <message>
        <source>%1 bytes follow the panel&apos;s last line</source>
        <translation>色版最後一行之後還有 %1 位元組</translation>
    </message>
    <message>
        <source>not a panel download</source>
        <translation>不是色版下載指令</translation>
    </message>
</context>
<context>
    <name>Counter</name>
    <message>
        <source>There is no card with this number.</source>
        <translation>沒有這個卡號的卡片。</translation>
    </message>
    <message>
        <source>The registry facts are for another ID number.</source>
        <translation>戶籍資料屬於另一個身分證號。</translation>
    </message>
    <message>
        <source>Not eligible for a %1: %2</source>
        <translation>不符合%1資格：%2</translation>
    </message>
    <message>
        <source>Record the applicant&apos;s consent to the use of disability data first.</source>
        <translation>請先記錄申請人同意使用身心障礙資料。</translation>
    </message>
    <message>
        <source>The applicant already holds the active card %1 (%2). Use a replacement or a type conversion instead.</source>
        <translation>申請人已持有有效卡片 %1（%2）。請改辦補發或換卡。</translation>
    </message>
    <message>
        <source>Card %1 is %2; it cannot be replaced.</source>
        <translation>卡片 %1 狀態為 %2，無法補發。</translation>
    </message>
    <message>
        <source>Card %1 is %2; it cannot be converted.</source>
        <translation>卡片 %1 狀態為 %2，無法換卡。</translation>
    </message>
    <message>
        <source>The card already is a %1.</source>
        <translation>這張卡已經是%1。</translation>
    </message>
    <message>
        <source>Card %1 is already %2.</source>
        <translation>卡片 %1 已是 %2 狀態。</translation>
    </message>
    <message>
        <source>This card is already linked as card %1.</source>
        <translation>這張卡已綁定為卡號 %1。</translation>
    </message>
    <message>
        <source>The production attempt was changed elsewhere.</source>
        <translation>這筆製卡紀錄已被其他程序變更。</translation>
    </message>
    <message>
        <source>This applicant is already in this batch.</source>
        <translation>此申請人已在這個批次中。</translation>
    </message>
    <message>
        <source>This applicant already has an application waiting at the counter.</source>
        <translation>此申請人已有一筆在櫃台待製卡的申請。</translation>
    </message>
    <message>
        <source>This applicant is already waiting in batch %1.</source>
        <translation>此申請人已在批次 %1 中等待製卡。</translation>
    </message>
    <message>
        <source>Batch %1 is a %2 and %3: applications are collected one by one only into an open mobile-team session or village collection.</source>
        <translation>批次 %1 為%2，目前%3：只有編輯中的行動服務場次或村里收件批次可以逐筆收件。</translation>
    </message>
    <message>
        <source>Pre-application %1 was already made into application %2.</source>
        <translation>預先申請 %1 已成為申請案 %2。</translation>
    </message>
    <message>
        <source>Pre-application %1 was made by another person.</source>
        <translation>預先申請 %1 是由另一人提出的。</translation>
    </message>
    <message>
        <source>The household registry answered for %1: documents stand in for it only when it cannot be asked. A supervisor can take the documents over its answer, with a reason.</source>
        <translation>戶籍資料已回覆 %1 的查詢：只有在無法查詢戶籍時，才能以證件代替。主管可敘明理由，以證件取代戶籍回覆。</translation>
    </message>
    <message>
        <source>A waived fee needs the reason it is waived.</source>
        <translation>免收規費須填寫免收原因。</translation>
    </message>
    <message>
        <source>The station holds no applicant with this ID number.</source>
        <translation>本站沒有此身分證字號的申請人。</translation>
    </message>
</context>
<context>
    <name>CounterDesk</name>
    <message>
        <source>No application to produce.</source>
        <translation>沒有可製卡的申請案。</translation>
    </message>
    <message>
        <source>The face was not printed.</source>
        <translation>卡面未印出。</translation>
    </message>
    <message>
        <source>Card %1 is not reported lost: there is nothing to prove.</source>
        <translation>卡片 %1 未掛失，無須開立證明。</translation>
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
    <message>
        <source>AN10922 AES-128 diversification needs a 16-byte key</source>
        <translation>AN10922 AES-128 金鑰分散需要 16 位元組的金鑰</translation>
    </message>
    <message>
        <source>the diversification input must be 1 to 31 bytes</source>
        <translation>分散輸入資料必須為 1 至 31 位元組</translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <source>the file is not UTF-8 text</source>
        <translation>檔案不是 UTF-8 文字</translation>
    </message>
    <message>
        <source>column %1 of the header is empty or repeated</source>
        <translation>標題列第 %1 欄空白或重複</translation>
    </message>
    <message>
        <source>this row has %1 fields; the header has %2</source>
        <translation>此列有 %1 個欄位；標題列有 %2 個</translation>
    </message>
    <message>
        <source>text after a closing quote; double a quote inside a quoted field</source>
        <translation>結束引號後還有文字；引號欄位內的引號請連寫兩次</translation>
    </message>
    <message>
        <source>a quoted field is not closed</source>
        <translation>引號欄位沒有結束</translation>
    </message>
    <message>
        <source>the file is empty; expected a header row</source>
        <translation>檔案是空的；應有標題列</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>無法讀取檔案：%1</translation>
    </message>
</context>
<context>
    <name>DayClose</name>
    <message>
        <source>A day is signed off once it has come.</source>
        <translation>日期未到，無法結帳。</translation>
    </message>
    <message>
        <source>Count the %1 blank cards first.</source>
        <translation>請先清點%1空白卡。</translation>
    </message>
    <message>
        <source>A count cannot be negative.</source>
        <translation>清點數量不可為負數。</translation>
    </message>
    <message>
        <source>%1 has already signed off this day.</source>
        <translation>%1 已完成本日結帳。</translation>
    </message>
</context>
<context>
    <name>DesfireCommands</name>
    <message>
        <source>The card answered %1, not a DESFire status.</source>
        <translation>卡片回應 %1，不是 DESFire 狀態碼。</translation>
    </message>
    <message>
        <source>The card refused DESFire command %1 with status 91%2.</source>
        <translation>卡片以狀態 91%2 拒絕了 DESFire 指令 %1。</translation>
    </message>
    <message>
        <source>The card did not prove it holds the key (its answer does not match).</source>
        <translation>卡片未能證明持有金鑰（回應不符）。</translation>
    </message>
    <message>
        <source>The DESFire session is not authenticated.</source>
        <translation>DESFire 工作階段尚未驗證。</translation>
    </message>
    <message>
        <source>The MAC on the card&apos;s answer is missing or does not verify.</source>
        <translation>卡片回應的 MAC 缺少或驗證失敗。</translation>
    </message>
</context>
<context>
    <name>DesfireProfile</name>
    <message>
        <source>application %1, backup data file %2</source>
        <translation>應用程式 %1，備份資料檔 %2</translation>
    </message>
    <message>
        <source>The card&apos;s city application has keys that are neither new nor derived from this key file. Is it another city&apos;s card, or the wrong key file?</source>
        <translation>卡片上市府應用程式的金鑰既非出廠金鑰，也非由此金鑰檔衍生。是其他縣市的卡，還是金鑰檔選錯了？</translation>
    </message>
    <message>
        <source>The application still has its factory keys: the personalisation did not finish.</source>
        <translation>應用程式仍是出廠金鑰：寫卡未完成。</translation>
    </message>
    <message>
        <source>The record file is missing or unreadable.</source>
        <translation>紀錄檔不存在或無法讀取。</translation>
    </message>
    <message>
        <source>The application master key was not changed: the personalisation did not finish.</source>
        <translation>應用程式主金鑰尚未更換：寫卡未完成。</translation>
    </message>
</context>
<context>
    <name>DevicesModule</name>
    <message>
        <source>The devices are still starting; try again in a moment.</source>
        <translation>裝置仍在啟動中，請稍後再試。</translation>
    </message>
    <message>
        <source>The devices are already loaded.</source>
        <translation>裝置已經載入。</translation>
    </message>
    <message>
        <source>The devices module could not be loaded (%1). Reinstall the program or ask IT.</source>
        <translation>無法載入裝置模組（%1）。請重新安裝程式，或洽資訊人員。</translation>
    </message>
    <message>
        <source>This is not the citizencard devices module (no %1).</source>
        <translation>這不是市民卡的裝置模組（缺少 %1）。</translation>
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
    <message>
        <source>the application date %1 is outside the years this program handles (%2–%3)</source>
        <translation>申請日期 %1 超出本程式可處理的年份（%2–%3）</translation>
    </message>
    <message>
        <source>the birth date %1 is after the application date %2</source>
        <translation>出生日期 %1 晚於申請日期 %2</translation>
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
    <message>
        <source>the policy is larger than any this program reads</source>
        <translation>政策檔超過本程式可讀取的大小</translation>
    </message>
</context>
<context>
    <name>EnrolRequest</name>
    <message>
        <source>The request is too large.</source>
        <translation>要求內容過大。</translation>
    </message>
    <message>
        <source>Not a station ID.</source>
        <translation>不是站台代碼。</translation>
    </message>
    <message>
        <source>Not an enrolment code.</source>
        <translation>不是註冊碼。</translation>
    </message>
    <message>
        <source>Not a holder key.</source>
        <translation>不是持卡人金鑰。</translation>
    </message>
</context>
<context>
    <name>Enrolment</name>
    <message>
        <source>The central service returned a certificate that is not this station&apos;s (%1).</source>
        <translation>中央服務傳回的憑證不屬於本站（%1）。</translation>
    </message>
</context>
<context>
    <name>Ev2Session</name>
    <message>
        <source>The encrypted data is not whole blocks.</source>
        <translation>加密資料不是完整的區塊。</translation>
    </message>
    <message>
        <source>The decrypted data is not padded right.</source>
        <translation>解密後資料的填充不正確。</translation>
    </message>
</context>
<context>
    <name>EvolisPrinter</name>
    <message>
        <source>The ribbon is used up or missing: put in a new ribbon.</source>
        <translation>色帶用完或未安裝：請換上新色帶。</translation>
    </message>
    <message>
        <source>The card feeder is empty: load blank cards.</source>
        <translation>進卡匣沒有卡片：請放入空白卡。</translation>
    </message>
    <message>
        <source>A card is jammed: open the printer and remove it.</source>
        <translation>卡片卡住了：請打開印表機取出卡片。</translation>
    </message>
    <message>
        <source>The printer&apos;s cover is open: close it.</source>
        <translation>印表機上蓋未關：請關上。</translation>
    </message>
    <message>
        <source>The printer reported an error.</source>
        <translation>印表機回報錯誤。</translation>
    </message>
    <message>
        <source>cannot open the printer: %1</source>
        <translation>無法開啟印表機：%1</translation>
    </message>
    <message>
        <source>cannot reach the printer: %1</source>
        <translation>無法連線到印表機：%1</translation>
    </message>
    <message>
        <source>the printer closed the connection: %1</source>
        <translation>印表機中斷了連線：%1</translation>
    </message>
    <message>
        <source>the printer did not answer in time</source>
        <translation>印表機未在時限內回應</translation>
    </message>
    <message>
        <source>A card waits at the encoder.</source>
        <translation>卡片停在寫卡位置。</translation>
    </message>
    <message>
        <source>the printer&apos;s reply is longer than %1 bytes without an end</source>
        <translation>印表機的回應超過 %1 位元組仍未結束</translation>
    </message>
    <message>
        <source>The printer cannot do that now (no card inside?).</source>
        <translation>印表機現在無法執行此動作（機內沒有卡片？）。</translation>
    </message>
    <message>
        <source>the printer refused %1 (%2)</source>
        <translation>印表機拒絕了 %1（%2）</translation>
    </message>
    <message>
        <source>firmware %1, serial %2, ribbon %3</source>
        <translation>韌體 %1，序號 %2，色帶 %3</translation>
    </message>
</context>
<context>
    <name>FaceRenderer</name>
    <message>
        <source>cannot read the image %1: %2</source>
        <translation>無法讀取影像 %1：%2</translation>
    </message>
    <message>
        <source>the card face needs a value for &quot;%1&quot;</source>
        <translation>卡面需要「%1」的值</translation>
    </message>
    <message>
        <source>there is no image file %1</source>
        <translation>沒有影像檔 %1</translation>
    </message>
    <message>
        <source>%1 is not an image this program can read: %2</source>
        <translation>%1 不是本程式可讀取的影像：%2</translation>
    </message>
    <message>
        <source>the value holds a control character (U+%1), such as a line break</source>
        <translation>此值含有控制字元（U+%1），例如換行</translation>
    </message>
    <message>
        <source>the card expires (%1) before it is issued (%2)</source>
        <translation>卡片的有效期限（%1）早於發卡日（%2）</translation>
    </message>
    <message>
        <source>the barcode&apos;s box is too small for this value: its modules would be %1 mm, and scanners need at least %2 mm</source>
        <translation>條碼的框對此值而言太小：每個模組只有 %1 公釐，掃描器至少需要 %2 公釐</translation>
    </message>
    <message>
        <source>the image given is not one this program can read: %1</source>
        <translation>所提供的影像無法由本程式讀取：%1</translation>
    </message>
</context>
<context>
    <name>FixtureRegistry</name>
    <message>
        <source>The registry fixture does not exist.</source>
        <translation>戶籍資料檔不存在。</translation>
    </message>
    <message>
        <source>not valid JSON at offset %1: %2</source>
        <translation>第 %1 位元組起不是有效的 JSON：%2</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>應為物件</translation>
    </message>
    <message>
        <source>the ID number appears twice</source>
        <translation>身分證號重複出現</translation>
    </message>
</context>
<context>
    <name>Flags</name>
    <message>
        <source>One person holds two active personal cards: %1 (%2, station %3) and %4 (%5, station %6). Cancel or block one of them.</source>
        <translation>同一人持有兩張有效的個人卡：%1（%2，站點 %3）與 %4（%5，站點 %6）。請註銷或停用其中一張。</translation>
    </message>
    <message>
        <source>Re-check failed for application %1 (%2): the registry does not confirm the documents recorded offline. %3</source>
        <translation>申請案 %1（%2）重新查核未通過：戶籍資料與離線登錄的證件不符。%3</translation>
    </message>
    <message>
        <source>Flag %1 is of a kind this program does not know.</source>
        <translation>提醒 %1 的類別本程式無法辨識。</translation>
    </message>
    <message>
        <source>Say why the flag is resolved.</source>
        <translation>請說明處理此提醒的原因。</translation>
    </message>
    <message>
        <source>The reason is longer than %1 characters.</source>
        <translation>原因超過 %1 個字元。</translation>
    </message>
    <message>
        <source>There is no open flag %1.</source>
        <translation>沒有未處理的提醒 %1。</translation>
    </message>
</context>
<context>
    <name>HandOverPrinter</name>
    <message>
        <source>The printer could not start the page.</source>
        <translation>印表機無法開始列印頁面。</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序號</translation>
    </message>
    <message>
        <source>Card number</source>
        <translation>卡號</translation>
    </message>
    <message>
        <source>Card type</source>
        <translation>卡別</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身分證字號</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>已領取</translation>
    </message>
    <message>
        <source>The printer could not start a page.</source>
        <translation>印表機無法開始新的一頁。</translation>
    </message>
    <message>
        <source>Hand-over list: batch %1 &quot;%2&quot;</source>
        <translation>交付清冊：批次 %1「%2」</translation>
    </message>
    <message numerus="yes">
        <source>%1 · station %2 · %3 · %n card(s)</source>
        <translation>
            <numerusform>%1 · 工作站 %2 · %3 · 共 %n 張</numerusform>
        </translation>
    </message>
    <message>
        <source>Handed over by (office, %1)</source>
        <translation>交付人（區公所，%1）</translation>
    </message>
    <message>
        <source>Received by (school, village chief or agency)</source>
        <translation>簽收人（學校、村里長或機關）</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>簽名</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 頁，共 %2 頁</translation>
    </message>
    <message>
        <source>The hand-over list could not be printed.</source>
        <translation>交付清冊無法列印。</translation>
    </message>
</context>
<context>
    <name>InputLimits</name>
    <message>
        <source>the input is longer than %1 KiB, more than such a file can be</source>
        <translation>輸入超過 %1 KiB，超出此類檔案可能的大小</translation>
    </message>
</context>
<context>
    <name>Issuance</name>
    <message>
        <source>No blank %1 cards are left in stock. Book a delivery into stock first.</source>
        <translation>%1空白卡已無庫存。請先登錄進貨。</translation>
    </message>
    <message>
        <source>Take or choose the applicant&apos;s photo first.</source>
        <translation>請先拍攝或選擇申請人照片。</translation>
    </message>
    <message>
        <source>There is no such production attempt.</source>
        <translation>沒有這筆製卡紀錄。</translation>
    </message>
    <message>
        <source>The production attempt was changed elsewhere.</source>
        <translation>這筆製卡紀錄已被其他程序變更。</translation>
    </message>
    <message>
        <source>The printer did not print the card.</source>
        <translation>印表機未印出卡片。</translation>
    </message>
    <message>
        <source>Interrupted before a blank card was taken.</source>
        <translation>在取用空白卡之前中斷。</translation>
    </message>
    <message>
        <source>Interrupted; the card&apos;s state cannot be confirmed. Put the card aside as spoiled.</source>
        <translation>作業中斷，無法確認卡片狀態。請將卡片列為報廢另行存放。</translation>
    </message>
    <message>
        <source>The card at the encoder does not carry this card&apos;s record.</source>
        <translation>寫卡位置上的卡片沒有這張卡的資料。</translation>
    </message>
    <message>
        <source>Interrupted before the printer fed a card.</source>
        <translation>在印表機進卡之前中斷。</translation>
    </message>
    <message>
        <source>Interrupted while the card was in the printer; it left the printer unconfirmed. Put it aside as spoiled.</source>
        <translation>卡片在印表機內時作業中斷，卡片已離開印表機但無法確認。請將它列為報廢另行存放。</translation>
    </message>
    <message>
        <source>Interrupted while the card was in the printer.</source>
        <translation>卡片在印表機內時作業中斷。</translation>
    </message>
    <message>
        <source>There is no printed card with this number (a linked card has no face of ours).</source>
        <translation>沒有這個卡號的已印製卡片（綁定的自有卡沒有本系統印製的卡面）。</translation>
    </message>
    <message>
        <source>Card %1 is %2; its face cannot be reprinted.</source>
        <translation>卡片 %1 狀態為 %2，無法重印卡面。</translation>
    </message>
    <message>
        <source>A card waits at the encoder.</source>
        <translation>有一張卡片停在寫卡位置。</translation>
    </message>
    <message>
        <source>The encoder cannot say whether a card waits at it: %1</source>
        <translation>寫卡機無法判斷是否有卡片停在寫卡位置：%1</translation>
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
    <message>
        <source>expected a number</source>
        <translation>應為數字</translation>
    </message>
    <message>
        <source>expected a list of objects</source>
        <translation>應為物件清單</translation>
    </message>
</context>
<context>
    <name>KeyBox</name>
    <message>
        <source>the key box derivation failed</source>
        <translation>金鑰封裝的金鑰衍生失敗</translation>
    </message>
    <message>
        <source>not an X25519 private key</source>
        <translation>不是 X25519 私鑰</translation>
    </message>
    <message>
        <source>an X25519 key is 32 bytes</source>
        <translation>X25519 金鑰為 32 位元組</translation>
    </message>
    <message>
        <source>the X25519 key agreement failed</source>
        <translation>X25519 金鑰協商失敗</translation>
    </message>
    <message>
        <source>the key box is truncated</source>
        <translation>金鑰封裝不完整</translation>
    </message>
    <message>
        <source>the key box does not open</source>
        <translation>金鑰封裝無法開啟</translation>
    </message>
</context>
<context>
    <name>KeyFile</name>
    <message>
        <source>The application id is 3 bytes and not 000000.</source>
        <translation>應用程式代號為 3 位元組，且不可為 000000。</translation>
    </message>
    <message>
        <source>The system identifier is 1 to 21 bytes.</source>
        <translation>系統識別碼為 1 到 21 位元組。</translation>
    </message>
    <message>
        <source>The MIFARE Classic sector is 1 to 15.</source>
        <translation>MIFARE Classic 磁區為 1 到 15。</translation>
    </message>
    <message>
        <source>A key file passphrase has at least 12 characters.</source>
        <translation>金鑰檔通行密語至少 12 個字元。</translation>
    </message>
    <message>
        <source>A file is already there; a key file is never overwritten.</source>
        <translation>該處已有檔案；金鑰檔一律不覆寫。</translation>
    </message>
    <message>
        <source>There is no key file here.</source>
        <translation>此處沒有金鑰檔。</translation>
    </message>
    <message>
        <source>this is not a citizencard key file</source>
        <translation>這不是 citizencard 金鑰檔</translation>
    </message>
    <message>
        <source>key file version %1 is newer than this program understands</source>
        <translation>金鑰檔版本 %1 比本程式支援的更新</translation>
    </message>
    <message>
        <source>The passphrase is wrong, or the key file was altered.</source>
        <translation>通行密語錯誤，或金鑰檔遭竄改。</translation>
    </message>
    <message>
        <source>The master key &quot;%1&quot; is missing or not 16 bytes.</source>
        <translation>主金鑰「%1」不存在或不是 16 位元組。</translation>
    </message>
    <message>
        <source>The card keys are locked; unlock the key file.</source>
        <translation>卡片金鑰已鎖定；請先解鎖金鑰檔。</translation>
    </message>
    <message>
        <source>A card UID is 4, 7 or 10 bytes.</source>
        <translation>卡片 UID 為 4、7 或 10 位元組。</translation>
    </message>
    <message>
        <source>scrypt N must be a power of two from 2 to 2^20</source>
        <translation>scrypt N 必須是 2 到 2^20 之間的 2 的次方</translation>
    </message>
    <message>
        <source>scrypt r must be from 1 to 32</source>
        <translation>scrypt r 必須介於 1 到 32</translation>
    </message>
    <message>
        <source>scrypt p must be from 1 to 16</source>
        <translation>scrypt p 必須介於 1 到 16</translation>
    </message>
    <message>
        <source>the scrypt cost N·r·p is too high (at most N·r = 2^21 and N·r·p = 2^22)</source>
        <translation>scrypt 成本 N·r·p 過高（N·r 最多 2^21，N·r·p 最多 2^22）</translation>
    </message>
</context>
<context>
    <name>LocalDevices</name>
    <message>
        <source>There is no chip profile called %1.</source>
        <translation>沒有名為 %1 的晶片設定檔。</translation>
    </message>
    <message>
        <source>No key file is configured: start the program with --keys FILE to encode chips.</source>
        <translation>未設定金鑰檔：寫卡需以 --keys FILE 啟動程式。</translation>
    </message>
    <message>
        <source>No card printer is chosen: choose one in the devices panel.</source>
        <translation>尚未選擇製卡機：請在設備面板中選擇。</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>No household registry is connected.</source>
        <translation>未連接戶籍資料。</translation>
    </message>
    <message>
        <source>Citizen card counter</source>
        <translation>市民卡櫃台</translation>
    </message>
    <message>
        <source>Key file</source>
        <translation>金鑰檔</translation>
    </message>
    <message>
        <source>Passphrase of the city&apos;s key file:</source>
        <translation>市府金鑰檔的通關密語：</translation>
    </message>
    <message>
        <source>The devices could not be opened:
%1</source>
        <translation>無法開啟裝置：
%1</translation>
    </message>
    <message>
        <source>This station has no store yet at %1. The city&apos;s IT sets it up with: citizencard-cli store init --db %1 --station ID --admin USER --supervisor USER (docs/install.md), or start the program with --db PATH.</source>
        <translation>本工作站尚無資料庫（%1）。請由市府資訊人員建立：citizencard-cli store init --db %1 --station 工作站代碼 --admin 帳號 --supervisor 帳號（見 docs/install.md），或以 --db PATH 啟動本程式。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Counter (Ctrl+1)</source>
        <translation>櫃台（Ctrl+1）</translation>
    </message>
    <message>
        <source>Devices (Ctrl+2)</source>
        <translation>設備（Ctrl+2）</translation>
    </message>
    <message>
        <source>Flags (Ctrl+3)</source>
        <translation>提醒（Ctrl+3）</translation>
    </message>
    <message>
        <source>Batches (Ctrl+4)</source>
        <translation>批次 (Ctrl+4)</translation>
    </message>
    <message>
        <source>Operators (Ctrl+5)</source>
        <translation>操作人員 (Ctrl+5)</translation>
    </message>
    <message>
        <source>End of day (Ctrl+6)</source>
        <translation>日結 (Ctrl+6)</translation>
    </message>
    <message>
        <source>Reports (Ctrl+7)</source>
        <translation>報表 (Ctrl+7)</translation>
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
    <name>OfflineEvidence</name>
    <message>
        <source>National ID card</source>
        <translation>國民身分證</translation>
    </message>
    <message>
        <source>Household registration transcript</source>
        <translation>戶籍謄本</translation>
    </message>
    <message>
        <source>Resident certificate</source>
        <translation>居留證</translation>
    </message>
    <message>
        <source>Disability certificate</source>
        <translation>身心障礙證明</translation>
    </message>
    <message>
        <source>Student ID</source>
        <translation>學生證</translation>
    </message>
    <message>
        <source>Indigenous status record</source>
        <translation>原住民身分註記</translation>
    </message>
    <message>
        <source>enter the birth date shown on the document</source>
        <translation>請輸入證件上的出生日期</translation>
    </message>
    <message>
        <source>record at least one document you have seen</source>
        <translation>請至少登錄一份已查驗的證件</translation>
    </message>
    <message>
        <source>enter the document&apos;s number</source>
        <translation>請輸入證件號碼</translation>
    </message>
    <message>
        <source>choose the permit&apos;s category</source>
        <translation>請選擇居留類別</translation>
    </message>
    <message>
        <source>enter the date the permit ends</source>
        <translation>請輸入居留期限</translation>
    </message>
    <message>
        <source>choose the school level</source>
        <translation>請選擇學制</translation>
    </message>
    <message>
        <source>enter the expected graduation date</source>
        <translation>請輸入預計畢業日期</translation>
    </message>
    <message>
        <source>Foreign spouse</source>
        <translation>外籍配偶</translation>
    </message>
    <message>
        <source>Mainland spouse</source>
        <translation>大陸配偶</translation>
    </message>
    <message>
        <source>Hong Kong or Macau spouse</source>
        <translation>港澳配偶</translation>
    </message>
    <message>
        <source>Other category</source>
        <translation>其他類別</translation>
    </message>
    <message>
        <source>No companion mark</source>
        <translation>無必要陪伴者註記</translation>
    </message>
    <message>
        <source>Companion needed (marked)</source>
        <translation>註記必要陪伴者</translation>
    </message>
    <message>
        <source>keep the school&apos;s name to %1 characters</source>
        <translation>學校名稱請在 %1 個字以內</translation>
    </message>
</context>
<context>
    <name>OfflineLimits</name>
    <message>
        <source>This station has not reached the central service for %1 days (the limit is %2): no new card until it syncs. Connect the station and wait for &quot;Online&quot; in the status bar.</source>
        <translation>本站已 %1 天未連上中央服務（上限 %2 天）：同步前不能製作新卡。請讓本站連上網路，等狀態列顯示「連線中」。</translation>
    </message>
    <message>
        <source>%1 events wait to be sent to the central service (the limit is %2): no new card until the station syncs.</source>
        <translation>有 %1 筆事件等待送至中央服務（上限 %2 筆）：同步前不能製作新卡。</translation>
    </message>
</context>
<context>
    <name>PaperPrinters</name>
    <message>
        <source>There is no system printer for paper. Choose one in the devices panel.</source>
        <translation>沒有可用的系統印表機。請在設備面板中選擇。</translation>
    </message>
</context>
<context>
    <name>Pcsc</name>
    <message>
        <source>The smart card service had an internal error.</source>
        <translation>智慧卡服務發生內部錯誤。</translation>
    </message>
    <message>
        <source>The operation was cancelled.</source>
        <translation>作業已取消。</translation>
    </message>
    <message>
        <source>The connection to the smart card service is no longer valid.</source>
        <translation>與智慧卡服務的連線已失效。</translation>
    </message>
    <message>
        <source>The smart card service refused a parameter.</source>
        <translation>智慧卡服務拒絕了一個參數。</translation>
    </message>
    <message>
        <source>The reader&apos;s start-up information is inconsistent.</source>
        <translation>讀卡機的啟動資訊不一致。</translation>
    </message>
    <message>
        <source>The smart card service ran out of memory.</source>
        <translation>智慧卡服務記憶體不足。</translation>
    </message>
    <message>
        <source>The smart card service waited too long for the reader.</source>
        <translation>智慧卡服務等待讀卡機過久。</translation>
    </message>
    <message>
        <source>The card&apos;s answer was larger than expected.</source>
        <translation>卡片的回應比預期的大。</translation>
    </message>
    <message>
        <source>There is no reader by that name. Check the cable and the reader list.</source>
        <translation>沒有這個名稱的讀卡機。請檢查連接線與讀卡機清單。</translation>
    </message>
    <message>
        <source>The reader did not answer in time.</source>
        <translation>讀卡機未及時回應。</translation>
    </message>
    <message>
        <source>Another program is using the card. Close it and try again.</source>
        <translation>另一個程式正在使用卡片。請關閉該程式後再試一次。</translation>
    </message>
    <message>
        <source>There is no card on the reader. Place the card and try again.</source>
        <translation>讀卡機上沒有卡片。請放上卡片後再試一次。</translation>
    </message>
    <message>
        <source>The card is of a kind the reader does not know.</source>
        <translation>讀卡機不認得這種卡片。</translation>
    </message>
    <message>
        <source>The reader could not release the card.</source>
        <translation>讀卡機無法釋放卡片。</translation>
    </message>
    <message>
        <source>The card does not speak a protocol the reader offers.</source>
        <translation>卡片不支援讀卡機提供的通訊協定。</translation>
    </message>
    <message>
        <source>The reader or the card is not ready.</source>
        <translation>讀卡機或卡片尚未就緒。</translation>
    </message>
    <message>
        <source>The smart card service refused a value.</source>
        <translation>智慧卡服務拒絕了一個值。</translation>
    </message>
    <message>
        <source>The system cancelled the operation (log-off or shutdown).</source>
        <translation>系統取消了作業（登出或關機）。</translation>
    </message>
    <message>
        <source>The connection to the smart card service (pcscd) broke.</source>
        <translation>與智慧卡服務（pcscd）的連線中斷。</translation>
    </message>
    <message>
        <source>The smart card service reported an unknown error.</source>
        <translation>智慧卡服務回報未知錯誤。</translation>
    </message>
    <message>
        <source>The card&apos;s answer to reset is not valid.</source>
        <translation>卡片的重置回應（ATR）無效。</translation>
    </message>
    <message>
        <source>The card stopped answering (was it moved off the reader?).</source>
        <translation>卡片停止回應（是否已離開讀卡機？）。</translation>
    </message>
    <message>
        <source>The reader is not available. Check its cable.</source>
        <translation>讀卡機無法使用。請檢查連接線。</translation>
    </message>
    <message>
        <source>The operation stopped because the program is shutting down.</source>
        <translation>程式正在關閉，作業已停止。</translation>
    </message>
    <message>
        <source>The protocol control buffer was too small.</source>
        <translation>通訊協定控制緩衝區太小。</translation>
    </message>
    <message>
        <source>The reader&apos;s driver does not support what was asked.</source>
        <translation>讀卡機驅動程式不支援此要求。</translation>
    </message>
    <message>
        <source>Two readers have the same name.</source>
        <translation>兩台讀卡機名稱相同。</translation>
    </message>
    <message>
        <source>The card is not supported.</source>
        <translation>不支援這張卡片。</translation>
    </message>
    <message>
        <source>The smart card service (pcscd) is not running. Start it, or ask IT.</source>
        <translation>智慧卡服務（pcscd）未執行。請啟動服務，或洽資訊人員。</translation>
    </message>
    <message>
        <source>The smart card service (pcscd) stopped.</source>
        <translation>智慧卡服務（pcscd）已停止。</translation>
    </message>
    <message>
        <source>The smart card service reported an unexpected failure.</source>
        <translation>智慧卡服務回報非預期的失敗。</translation>
    </message>
    <message>
        <source>No primary provider is installed for the card.</source>
        <translation>沒有為此卡安裝主要提供者。</translation>
    </message>
    <message>
        <source>The requested object creation order is not supported.</source>
        <translation>不支援所要求的物件建立順序。</translation>
    </message>
    <message>
        <source>The card has no such directory.</source>
        <translation>卡片上沒有這個目錄。</translation>
    </message>
    <message>
        <source>The card has no such file.</source>
        <translation>卡片上沒有這個檔案。</translation>
    </message>
    <message>
        <source>The path is not a directory.</source>
        <translation>此路徑不是目錄。</translation>
    </message>
    <message>
        <source>The path is not a file.</source>
        <translation>此路徑不是檔案。</translation>
    </message>
    <message>
        <source>Access to the file is denied.</source>
        <translation>拒絕存取檔案。</translation>
    </message>
    <message>
        <source>The card is full.</source>
        <translation>卡片已滿。</translation>
    </message>
    <message>
        <source>The card could not move its file pointer.</source>
        <translation>卡片無法移動檔案指標。</translation>
    </message>
    <message>
        <source>The PIN is wrong.</source>
        <translation>PIN 碼錯誤。</translation>
    </message>
    <message>
        <source>The resource manager returned an unknown error.</source>
        <translation>資源管理員回傳未知錯誤。</translation>
    </message>
    <message>
        <source>The card has no such certificate.</source>
        <translation>卡片上沒有這個憑證。</translation>
    </message>
    <message>
        <source>The certificate could not be read.</source>
        <translation>無法讀取憑證。</translation>
    </message>
    <message>
        <source>No card reader is connected. Plug in the reader or card printer.</source>
        <translation>沒有連接讀卡機。請接上讀卡機或卡片印表機。</translation>
    </message>
    <message>
        <source>Data was lost talking to the card. Try again.</source>
        <translation>與卡片通訊時資料遺失。請再試一次。</translation>
    </message>
    <message>
        <source>The key container does not exist.</source>
        <translation>金鑰容器不存在。</translation>
    </message>
    <message>
        <source>The smart card service is too busy. Try again.</source>
        <translation>智慧卡服務忙碌中。請再試一次。</translation>
    </message>
    <message>
        <source>The reader cannot talk to this card.</source>
        <translation>讀卡機無法與這張卡片通訊。</translation>
    </message>
    <message>
        <source>The card does not answer. Place it flat on the reader.</source>
        <translation>卡片沒有回應。請將卡片平放在讀卡機上。</translation>
    </message>
    <message>
        <source>The card is not powered.</source>
        <translation>卡片未供電。</translation>
    </message>
    <message>
        <source>The card was reset by another program.</source>
        <translation>卡片被另一個程式重置。</translation>
    </message>
    <message>
        <source>The card was removed from the reader.</source>
        <translation>卡片已從讀卡機移開。</translation>
    </message>
    <message>
        <source>Access was denied for security reasons.</source>
        <translation>基於安全理由拒絕存取。</translation>
    </message>
    <message>
        <source>The PIN was wrong.</source>
        <translation>PIN 碼錯誤。</translation>
    </message>
    <message>
        <source>The PIN is blocked.</source>
        <translation>PIN 碼已鎖定。</translation>
    </message>
    <message>
        <source>The end of the card&apos;s file was reached.</source>
        <translation>已到達卡片檔案結尾。</translation>
    </message>
    <message>
        <source>The user cancelled.</source>
        <translation>使用者已取消。</translation>
    </message>
    <message>
        <source>No PIN was given.</source>
        <translation>未提供 PIN 碼。</translation>
    </message>
    <message>
        <source>The smart card service failed with code %1.</source>
        <translation>智慧卡服務失敗，代碼 %1。</translation>
    </message>
</context>
<context>
    <name>PdfFaceWriter</name>
    <message>
        <source>unknown card type &quot;%1&quot;</source>
        <translation>未知的卡別「%1」</translation>
    </message>
    <message>
        <source>unknown carrier &quot;%1&quot;</source>
        <translation>未知的票證載具「%1」</translation>
    </message>
    <message>
        <source>cannot write the PDF: %1</source>
        <translation>無法寫入 PDF：%1</translation>
    </message>
    <message>
        <source>no card to write</source>
        <translation>沒有要寫入的卡片</translation>
    </message>
    <message>
        <source>cannot write the image: %1</source>
        <translation>無法寫入影像：%1</translation>
    </message>
</context>
<context>
    <name>PreApplication</name>
    <message>
        <source>Not a pre-application code.</source>
        <translation>不是預先申請代碼。</translation>
    </message>
    <message>
        <source>Not a station ID.</source>
        <translation>不是站點代碼。</translation>
    </message>
    <message>
        <source>Not an ID number.</source>
        <translation>不是身分證字號。</translation>
    </message>
    <message>
        <source>The name is empty or too long.</source>
        <translation>姓名空白或過長。</translation>
    </message>
    <message>
        <source>Not a card type.</source>
        <translation>不是卡別。</translation>
    </message>
    <message>
        <source>Not a carrier.</source>
        <translation>不是票證載具。</translation>
    </message>
    <message>
        <source>Not a UTC time.</source>
        <translation>不是 UTC 時間。</translation>
    </message>
</context>
<context>
    <name>PreApplications</name>
    <message>
        <source>No pre-application %1 has reached this station: it may be for another office, or the station has not synchronised since it was made.</source>
        <translation>本站未收到預先申請 %1：可能是向其他區公所提出的，或本站自申請後尚未同步。</translation>
    </message>
    <message>
        <source>Pre-application %1 has not been fetched from the centre yet: it will be with the next synchronisation.</source>
        <translation>預先申請 %1 尚未自中心取回，下次同步時會取回。</translation>
    </message>
    <message>
        <source>The pre-application kept in the store is not the one its code names.</source>
        <translation>資料庫中保存的預先申請與其代碼不符。</translation>
    </message>
    <message>
        <source>Pre-application %1 was already made into an application.</source>
        <translation>預先申請 %1 已成為申請案。</translation>
    </message>
</context>
<context>
    <name>PrinterAdvice</name>
    <message>
        <source>Change the ribbon.</source>
        <translation>請更換色帶。</translation>
    </message>
    <message>
        <source>Load blank cards into the feeder.</source>
        <translation>請在進卡匣放入空白卡。</translation>
    </message>
    <message>
        <source>Open the cover, take out the stuck card, put it aside for destruction and close the cover.</source>
        <translation>請打開上蓋，取出卡住的卡片並另外存放待銷毀，再蓋上上蓋。</translation>
    </message>
    <message>
        <source>Close the printer&apos;s cover.</source>
        <translation>請蓋上印表機上蓋。</translation>
    </message>
</context>
<context>
    <name>Printers</name>
    <message>
        <source>give an Evolis printer as evolis://HOST:PORT or evolis:/dev/FILE</source>
        <translation>Evolis 印表機請寫成 evolis://主機:埠 或 evolis:/dev/檔案</translation>
    </message>
    <message>
        <source>give a directory: proof:DIR</source>
        <translation>請指定資料夾：proof:資料夾</translation>
    </message>
    <message>
        <source>there is no print queue by that name; see &quot;printers list&quot;</source>
        <translation>沒有這個名稱的列印佇列；請見「printers list」</translation>
    </message>
    <message>
        <source>the printer&apos;s port must be a number from 1 to 65535</source>
        <translation>印表機的連接埠須為 1 到 65535 的數字</translation>
    </message>
</context>
<context>
    <name>Production</name>
    <message>
        <source>There is no such application.</source>
        <translation>沒有此申請案。</translation>
    </message>
    <message>
        <source>The application is %1; no card can be produced for it.</source>
        <translation>申請案狀態為 %1，無法製卡。</translation>
    </message>
    <message>
        <source>The card number sequence of prefix %1 is missing.</source>
        <translation>找不到卡號字首 %1 的流水號。</translation>
    </message>
</context>
<context>
    <name>ProofPrinter</name>
    <message>
        <source>The proof directory %1 is not writable.</source>
        <translation>無法寫入樣張資料夾 %1。</translation>
    </message>
    <message>
        <source>A proof printer has no encoder station.</source>
        <translation>樣張印表機沒有寫卡位置。</translation>
    </message>
    <message>
        <source>cannot create the proof directory</source>
        <translation>無法建立樣張資料夾</translation>
    </message>
</context>
<context>
    <name>ReceiptPrinter</name>
    <message>
        <source>no expiry</source>
        <translation>長期有效</translation>
    </message>
    <message>
        <source>The receipt printer could not start the page.</source>
        <translation>收據印表機無法開始列印。</translation>
    </message>
    <message>
        <source>Citizen card application receipt</source>
        <translation>市民卡申請收據</translation>
    </message>
    <message>
        <source>Application number</source>
        <translation>申請編號</translation>
    </message>
    <message>
        <source>Card number</source>
        <translation>卡號</translation>
    </message>
    <message>
        <source>Card type</source>
        <translation>卡別</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>載具</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身分證字號</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>發卡日</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有效期限</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>工作站</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>承辦人</translation>
    </message>
    <message>
        <source>I consent to the city using my disability certificate data to issue and operate this card, for this purpose only, as the Personal Data Protection Act allows. I may withdraw this consent at any district office.</source>
        <translation>本人同意市府依個人資料保護法，僅為核發及營運本卡之目的，使用本人身心障礙證明資料。本人得隨時至各區公所撤回同意。</translation>
    </message>
    <message>
        <source>The city uses the data on this receipt to issue and operate this card, for this purpose only, as the Personal Data Protection Act allows.</source>
        <translation>市府依個人資料保護法，僅為核發及營運本卡之目的使用本收據所載資料。</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>簽名</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>The receipt could not be printed.</source>
        <translation>收據無法列印。</translation>
    </message>
    <message>
        <source>%1 waived: %2</source>
        <translation>%1 免收：%2</translation>
    </message>
    <message>
        <source>%1 paid</source>
        <translation>%1 已繳</translation>
    </message>
    <message>
        <source>Blocked at</source>
        <translation>停用時間</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>規費</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Card %1 is reported lost and blocked: it can no longer be used, here or by the city&apos;s partners. Keep this proof. A replacement card can be made at any district office.</source>
        <translation>卡片 %1 已掛失並停用：本機關及本市合作單位皆無法再使用。請妥善保存本證明。可至任一區公所申請補發。</translation>
    </message>
    <message>
        <source>Applicant&apos;s copy</source>
        <translation>申請人收執聯</translation>
    </message>
    <message>
        <source>Office copy</source>
        <translation>機關存查聯</translation>
    </message>
    <message>
        <source>Citizen card lost report: proof</source>
        <translation>市民卡掛失證明</translation>
    </message>
    <message>
        <source>Receipt number</source>
        <translation>收據編號</translation>
    </message>
    <message>
        <source>Printed again</source>
        <translation>補印時間</translation>
    </message>
    <message>
        <source>%1, printed again</source>
        <translation>%1（補印）</translation>
    </message>
</context>
<context>
    <name>Receipts</name>
    <message>
        <source>Keep it to %1 characters: it is printed on every receipt.</source>
        <translation>請在 %1 個字以內：每張收據都會印上。</translation>
    </message>
    <message>
        <source>Use one line, without control characters.</source>
        <translation>請寫成一行，不可含控制字元。</translation>
    </message>
    <message>
        <source>Enter the office&apos;s name.</source>
        <translation>請輸入機關名稱。</translation>
    </message>
    <message>
        <source>A receipt names a card number.</source>
        <translation>收據須載明卡號。</translation>
    </message>
    <message>
        <source>There is no receipt %1.</source>
        <translation>查無收據 %1。</translation>
    </message>
    <message>
        <source>The receipt was not kept.</source>
        <translation>收據未能保存。</translation>
    </message>
</context>
<context>
    <name>Recheck</name>
    <message>
        <source>The registry has no such person.</source>
        <translation>戶籍資料查無此人。</translation>
    </message>
</context>
<context>
    <name>RegistryEntry</name>
    <message>
        <source>the card needs the person&apos;s name</source>
        <translation>卡片需要姓名</translation>
    </message>
    <message>
        <source>expected &quot;found&quot;</source>
        <translation>缺少 &quot;found&quot;</translation>
    </message>
</context>
<context>
    <name>RegistryRecord</name>
    <message>
        <source>the certificate number is empty</source>
        <translation>證明編號是空的</translation>
    </message>
</context>
<context>
    <name>ReportCharts</name>
    <message>
        <source>Blank cards spoiled by reason</source>
        <translation>依原因統計的報廢空白卡</translation>
    </message>
</context>
<context>
    <name>ReportPdf</name>
    <message>
        <source>cannot write the report: %1</source>
        <translation>無法寫入報表：%1</translation>
    </message>
    <message>
        <source>station %1</source>
        <translation>工作站 %1</translation>
    </message>
    <message>
        <source>Station report</source>
        <translation>工作站報表</translation>
    </message>
    <message>
        <source>Made %1 by %2.</source>
        <translation>%2 於 %1 製作。</translation>
    </message>
    <message>
        <source>cannot start the PDF</source>
        <translation>無法建立 PDF</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>第 %1 頁，共 %2 頁</translation>
    </message>
</context>
<context>
    <name>ReportTables</name>
    <message>
        <source>Card type</source>
        <translation>卡別</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>載具</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>管道</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>操作人員</translation>
    </message>
    <message>
        <source>Cards issued by card type</source>
        <translation>依卡別統計發卡數</translation>
    </message>
    <message>
        <source>Cards issued by carrier</source>
        <translation>依載具統計發卡數</translation>
    </message>
    <message>
        <source>Cards issued by channel</source>
        <translation>依管道統計發卡數</translation>
    </message>
    <message>
        <source>Cards issued by operator</source>
        <translation>依操作人員統計發卡數</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Week of</source>
        <translation>週（起日）</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>card jammed in the printer</source>
        <translation>卡片卡在印表機內</translation>
    </message>
    <message>
        <source>ribbon ran out</source>
        <translation>色帶用完</translation>
    </message>
    <message>
        <source>printer cover opened</source>
        <translation>印表機上蓋被打開</translation>
    </message>
    <message>
        <source>card taken off the encoder</source>
        <translation>卡片被移離寫卡器</translation>
    </message>
    <message>
        <source>chip did not read back</source>
        <translation>晶片回讀不符</translation>
    </message>
    <message>
        <source>chip refused a command</source>
        <translation>晶片拒絕指令</translation>
    </message>
    <message>
        <source>wrong kind of blank card</source>
        <translation>空白卡種類不符</translation>
    </message>
    <message>
        <source>blank card with foreign keys</source>
        <translation>空白卡金鑰非本市</translation>
    </message>
    <message>
        <source>blank card already used</source>
        <translation>空白卡已被寫入</translation>
    </message>
    <message>
        <source>device failure</source>
        <translation>設備故障</translation>
    </message>
    <message>
        <source>device did not answer</source>
        <translation>設備未回應</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>未註明原因</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分鐘</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小時 %2 分</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 天 %2 小時</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <source>Replacements, conversions and lost cards</source>
        <translation>補發、換發與掛失</translation>
    </message>
    <message>
        <source>What</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>張數</translation>
    </message>
    <message>
        <source>Issued: %1</source>
        <translation>發卡：%1</translation>
    </message>
    <message>
        <source>Reported lost</source>
        <translation>掛失</translation>
    </message>
    <message>
        <source>Cancelled (death, moving away)</source>
        <translation>註銷（死亡、遷出）</translation>
    </message>
    <message>
        <source>Blank cards spoiled</source>
        <translation>報廢空白卡</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Share of spoiled</source>
        <translation>占報廢比例</translation>
    </message>
    <message>
        <source>Spoiled</source>
        <translation>報廢</translation>
    </message>
    <message>
        <source>Used for cards</source>
        <translation>製卡使用</translation>
    </message>
    <message>
        <source>Spoilage rate</source>
        <translation>報廢率</translation>
    </message>
    <message>
        <source>Blank cards in stock</source>
        <translation>空白卡庫存</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>現有</translation>
    </message>
    <message>
        <source>Used per day</source>
        <translation>每日使用</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>可用天數</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警示</translation>
    </message>
    <message>
        <source>no use</source>
        <translation>無使用</translation>
    </message>
    <message>
        <source>order more</source>
        <translation>請補貨</translation>
    </message>
    <message>
        <source>From application to hand-over</source>
        <translation>從申請到交付</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>中位數</translation>
    </message>
    <message>
        <source>90th percentile</source>
        <translation>第 90 百分位數</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>所有管道</translation>
    </message>
    <message>
        <source>device held by another program</source>
        <translation>設備被其他程式占用</translation>
    </message>
    <message>
        <source>no blank card in the feeder</source>
        <translation>進卡匣沒有空白卡</translation>
    </message>
    <message>
        <source>no card on the encoder</source>
        <translation>寫卡器上沒有卡片</translation>
    </message>
    <message>
        <source>Used and spoiled in the period</source>
        <translation>期間使用及報廢</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>walk-in</source>
        <translation>臨櫃</translation>
    </message>
    <message>
        <source>batch</source>
        <translation>整批</translation>
    </message>
    <message>
        <source>mobile team</source>
        <translation>行動服務隊</translation>
    </message>
    <message>
        <source>pre-application</source>
        <translation>線上預約</translation>
    </message>
    <message>
        <source>A report needs a first and a last day.</source>
        <translation>報表需要起日與迄日。</translation>
    </message>
    <message>
        <source>The last day (%1) is before the first (%2).</source>
        <translation>迄日（%1）早於起日（%2）。</translation>
    </message>
    <message>
        <source>A report covers at most ten years.</source>
        <translation>報表最多涵蓋十年。</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
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
    <message>
        <source>%1 is outside the years this program handles (%2–%3)</source>
        <translation>%1 超出本程式可處理的年份（%2–%3）</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Clerk</source>
        <translation>承辦人員</translation>
    </message>
    <message>
        <source>Mobile team</source>
        <translation>行動服務人員</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>系統管理員</translation>
    </message>
    <message>
        <source>take applications and look up applicants</source>
        <translation>受理申請及查詢申請人</translation>
    </message>
    <message>
        <source>produce cards</source>
        <translation>製卡</translation>
    </message>
    <message>
        <source>report cards lost</source>
        <translation>掛失卡片</translation>
    </message>
    <message>
        <source>cancel cards</source>
        <translation>註銷卡片</translation>
    </message>
    <message>
        <source>open and submit batches</source>
        <translation>建立及送出批次</translation>
    </message>
    <message>
        <source>approve batches</source>
        <translation>核准批次</translation>
    </message>
    <message>
        <source>book blank cards into stock</source>
        <translation>登錄空白卡入庫</translation>
    </message>
    <message>
        <source>manage clerks and mobile-team operators</source>
        <translation>管理承辦人員與行動服務人員</translation>
    </message>
    <message>
        <source>give access to personal data</source>
        <translation>授予個資存取權</translation>
    </message>
    <message>
        <source>manage supervisors and administrators</source>
        <translation>管理主管與系統管理員</translation>
    </message>
    <message>
        <source>change the station&apos;s settings</source>
        <translation>變更工作站設定</translation>
    </message>
    <message>
        <source>resolve flags</source>
        <translation>處理警示</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>%1 may not %2. Who may: %3.</source>
        <translation>%1無權%2。可執行者：%3。</translation>
    </message>
    <message>
        <source>sign off the day</source>
        <translation>簽核日結</translation>
    </message>
    <message>
        <source>read the station&apos;s reports</source>
        <translation>查閱工作站報表</translation>
    </message>
</context>
<context>
    <name>RosterImport</name>
    <message>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>Only a school or agency roster batch takes a roster file.</source>
        <translation>只有學校或機關名冊批次可以匯入名冊檔。</translation>
    </message>
    <message>
        <source>The batch has no card type.</source>
        <translation>此批次沒有指定卡別。</translation>
    </message>
    <message>
        <source>An agency roster is checked against the household registry, which cannot be asked now. Import it when the station is online.</source>
        <translation>機關名冊須向戶籍資料查核，目前無法查詢。請於工作站連線時再匯入。</translation>
    </message>
    <message>
        <source>Already holds the active card %1.</source>
        <translation>已持有有效卡片 %1。</translation>
    </message>
    <message>
        <source>Already in this batch.</source>
        <translation>已在此批次中。</translation>
    </message>
    <message>
        <source>Already has an application waiting at the counter.</source>
        <translation>已有一筆在櫃台待製卡的申請。</translation>
    </message>
    <message>
        <source>Already waiting in batch %1.</source>
        <translation>已在批次 %1 中等待製卡。</translation>
    </message>
    <message>
        <source>The household registry could not be asked: %1</source>
        <translation>無法查詢戶籍資料：%1</translation>
    </message>
    <message>
        <source>The household registry has no such person.</source>
        <translation>戶籍資料查無此人。</translation>
    </message>
    <message>
        <source>The household registry has the birth date %1.</source>
        <translation>戶籍資料的出生日期為 %1。</translation>
    </message>
    <message>
        <source>Not eligible for a %1: %2</source>
        <translation>不符%1資格：%2</translation>
    </message>
    <message>
        <source>The batch does not match its seal: it was changed outside the program.</source>
        <translation>此批次與其封印不符：曾在本程式之外被修改。</translation>
    </message>
    <message>
        <source>The batch is %1; it can no longer be changed.</source>
        <translation>此批次%1，已不能再變更。</translation>
    </message>
    <message>
        <source>The household registry spells the name %1.</source>
        <translation>戶籍資料的姓名為 %1。</translation>
    </message>
</context>
<context>
    <name>Rosters</name>
    <message>
        <source>The file is not UTF-8 text. Export it again as UTF-8, or give its encoding (Big5).</source>
        <translation>此檔案不是 UTF-8 文字。請重新匯出為 UTF-8，或指定其編碼（Big5）。</translation>
    </message>
    <message>
        <source>This system cannot read Big5 text (Qt was built without ICU).</source>
        <translation>此系統無法讀取 Big5 文字（Qt 未含 ICU）。</translation>
    </message>
    <message>
        <source>The file is neither UTF-8 nor Big5 text. Export it again as UTF-8.</source>
        <translation>此檔案既非 UTF-8 也非 Big5 文字。請重新匯出為 UTF-8。</translation>
    </message>
    <message>
        <source>This cell is empty.</source>
        <translation>此欄空白。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: %2</source>
        <translation>「%1」不是日期：%2</translation>
    </message>
    <message>
        <source>The name holds a line break or a control character.</source>
        <translation>姓名含有換行或控制字元。</translation>
    </message>
    <message>
        <source>The name holds a self-made character (造字) that other systems cannot show; enter it at the counter instead.</source>
        <translation>姓名含有其他系統無法顯示的造字，請改至櫃台登錄。</translation>
    </message>
    <message>
        <source>The name is longer than %1 characters.</source>
        <translation>姓名超過 %1 個字元。</translation>
    </message>
    <message>
        <source>This is not a school&apos;s name.</source>
        <translation>這不是學校名稱。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a school level; write 國小, 國中, 高中, 高職 or 大學, with the grade after it if you like.</source>
        <translation>「%1」不是學制；請填國小、國中、高中、高職或大學，可在後面加上年級。</translation>
    </message>
    <message>
        <source>The expected graduation is not after the birth date.</source>
        <translation>預計畢業日不在出生日期之後。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a roster field; the fields are nationalId, name, birthDate, school, level and expectedGraduation.</source>
        <translation>「%1」不是名冊欄位；欄位為 nationalId、name、birthDate、school、level 與 expectedGraduation。</translation>
    </message>
    <message>
        <source>Give a list of the header names for this field.</source>
        <translation>請列出此欄位的標題名稱。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an encoding; give auto, utf-8 or big5.</source>
        <translation>「%1」不是編碼；請指定 auto、utf-8 或 big5。</translation>
    </message>
    <message>
        <source>The roster has %1 rows; split it into files of at most %2.</source>
        <translation>名冊有 %1 列；請分成每檔最多 %2 列。</translation>
    </message>
    <message>
        <source>The roster has no column %1. Name the columns as docs/rosters.md says, or give a mapping.</source>
        <translation>名冊缺少欄位 %1。請依 docs/rosters.md 命名欄位，或提供對應檔。</translation>
    </message>
    <message>
        <source>%1 is already on row %2 of this file.</source>
        <translation>%1 已在本檔第 %2 列。</translation>
    </message>
</context>
<context>
    <name>RowReader</name>
    <message>
        <source>The store holds a value this program does not know (&quot;%1&quot;): the row was written by something else.</source>
        <translation>資料庫中有本程式不認得的值（「%1」）：這筆資料是由其他程式寫入的。</translation>
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
<context>
    <name>Seals</name>
    <message>
        <source>The record does not match its seal: it was changed outside the program.</source>
        <translation>此資料與其封印不符：它在程式之外遭到更動。</translation>
    </message>
    <message>
        <source>The store has no station record.</source>
        <translation>資料庫沒有工作站資料。</translation>
    </message>
    <message>
        <source>There is no such operator.</source>
        <translation>沒有此操作人員。</translation>
    </message>
    <message>
        <source>There is no such batch.</source>
        <translation>沒有這個批次。</translation>
    </message>
    <message>
        <source>The record has no seal: it was made outside the program or by a version that did not seal it yet.</source>
        <translation>此筆資料沒有封印：它是在本程式之外建立，或由尚未加封印的舊版本建立。</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Log in first; the station is locked.</source>
        <translation>請先登入；工作站已鎖定。</translation>
    </message>
    <message>
        <source>This operator has no access to personal data: admins never have it, and an operator an admin added gets it when a supervisor grants it.</source>
        <translation>此操作員無個人資料存取權：管理員永遠沒有；由管理員新增的操作員須經主管授權後才有。</translation>
    </message>
</context>
<context>
    <name>Signing</name>
    <message>
        <source>A signing key could not be made.</source>
        <translation>無法產生簽章金鑰。</translation>
    </message>
    <message>
        <source>Not an Ed25519 private key.</source>
        <translation>不是 Ed25519 私鑰。</translation>
    </message>
    <message>
        <source>The list could not be signed.</source>
        <translation>無法簽署清單。</translation>
    </message>
    <message>
        <source>Not an Ed25519 public key.</source>
        <translation>不是 Ed25519 公鑰。</translation>
    </message>
</context>
<context>
    <name>SpoolerPrinter</name>
    <message>
        <source>The print queue %1 does not exist.</source>
        <translation>列印佇列 %1 不存在。</translation>
    </message>
    <message>
        <source>Printing.</source>
        <translation>列印中。</translation>
    </message>
    <message>
        <source>The print queue %1 reports an error or is stopped.</source>
        <translation>列印佇列 %1 回報錯誤或已停止。</translation>
    </message>
    <message>
        <source>A printer behind the print queue cannot hold a card at an encoder.</source>
        <translation>經由列印佇列的印表機無法將卡片停在寫卡位置。</translation>
    </message>
    <message>
        <source>The print queue %1 refuses the ID-1 page size.</source>
        <translation>列印佇列 %1 不接受 ID-1 紙張尺寸。</translation>
    </message>
    <message>
        <source>The print queue %1 does not accept the job.</source>
        <translation>列印佇列 %1 不接受此工作。</translation>
    </message>
    <message>
        <source>The print queue %1 failed the job.</source>
        <translation>列印佇列 %1 的工作失敗。</translation>
    </message>
</context>
<context>
    <name>States</name>
    <message>
        <source>received</source>
        <translation>已受理</translation>
    </message>
    <message>
        <source>in production</source>
        <translation>製作中</translation>
    </message>
    <message>
        <source>issued</source>
        <translation>已發卡</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>已退回</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>open</source>
        <translation>編輯中</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>已送審</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>已核准</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>mobile-team session</source>
        <translation>行動服務場次</translation>
    </message>
    <message>
        <source>village-chief collection</source>
        <translation>里長收件</translation>
    </message>
    <message>
        <source>school roster</source>
        <translation>學校名冊</translation>
    </message>
    <message>
        <source>agency roster</source>
        <translation>機關名冊</translation>
    </message>
    <message>
        <source>new card</source>
        <translation>新辦</translation>
    </message>
    <message>
        <source>replacement (lost)</source>
        <translation>補發（遺失）</translation>
    </message>
    <message>
        <source>replacement (damaged)</source>
        <translation>補發（毀損）</translation>
    </message>
    <message>
        <source>type conversion</source>
        <translation>換發卡別</translation>
    </message>
    <message>
        <source>reprint</source>
        <translation>重印</translation>
    </message>
    <message>
        <source>own card linked</source>
        <translation>綁定自有卡片</translation>
    </message>
</context>
<context>
    <name>Stock</name>
    <message>
        <source>Receive between 1 and 100,000 cards at a time.</source>
        <translation>每次入庫數量須介於 1 到 100,000 張。</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>The store has no station yet; run &quot;store init&quot; first.</source>
        <translation>資料庫尚無工作站資料；請先執行「store init」。</translation>
    </message>
    <message>
        <source>A file is already there; a new store needs a new file.</source>
        <translation>該處已有檔案；新資料庫需要新的檔案。</translation>
    </message>
    <message>
        <source>The folder does not exist.</source>
        <translation>資料夾不存在。</translation>
    </message>
    <message>
        <source>The store could not be created.</source>
        <translation>無法建立資料庫。</translation>
    </message>
    <message>
        <source>There is no store at this path.</source>
        <translation>此路徑沒有資料庫。</translation>
    </message>
    <message>
        <source>The file could not be opened as a citizencard store.</source>
        <translation>無法以市民卡資料庫開啟此檔案。</translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver is not installed (package libqt6sql6-sqlite).</source>
        <translation>未安裝 Qt 的 SQLite 驅動程式（套件 libqt6sql6-sqlite）。</translation>
    </message>
    <message>
        <source>The store could not be opened</source>
        <translation>無法開啟資料庫</translation>
    </message>
    <message>
        <source>The store could not switch to write-ahead logging.</source>
        <translation>資料庫無法切換為預寫式日誌（WAL）。</translation>
    </message>
    <message>
        <source>The store has schema version %1, but this program knows versions up to %2. Use a newer version of citizencard.</source>
        <translation>資料庫結構版本為 %1，本程式僅支援到 %2 版。請使用較新版本的 citizencard。</translation>
    </message>
    <message>
        <source>The store is not open.</source>
        <translation>資料庫未開啟。</translation>
    </message>
    <message>
        <source>Could not start a transaction</source>
        <translation>無法開始交易</translation>
    </message>
    <message>
        <source>Could not commit</source>
        <translation>無法提交</translation>
    </message>
    <message>
        <source>A statement was run on another thread&apos;s connection.</source>
        <translation>在其他執行緒的連線上執行了指令。</translation>
    </message>
    <message>
        <source>A statement was refused</source>
        <translation>指令遭拒</translation>
    </message>
    <message>
        <source>A statement failed</source>
        <translation>指令執行失敗</translation>
    </message>
    <message>
        <source>The file is not a citizencard store (empty, or another kind of file).</source>
        <translation>此檔案不是市民卡資料庫（空檔案，或其他種類的檔案）。</translation>
    </message>
    <message>
        <source>The store file is damaged (%1): restore it from the last backup.</source>
        <translation>資料庫檔案已損壞（%1）：請從最近的備份還原。</translation>
    </message>
    <message>
        <source>an earlier statement found a damaged page</source>
        <translation>先前的指令發現損毀的頁面</translation>
    </message>
    <message>
        <source>The store file is damaged (%1), so nothing more is written to it. Stop work at this station, run store check and restore the last backup.</source>
        <translation>資料庫檔案已損毀（%1），因此不再寫入任何資料。請停止此站點的作業，執行 store check 並還原最近的備份。</translation>
    </message>
</context>
<context>
    <name>StoreCheck</name>
    <message>
        <source>SQLite integrity: %1</source>
        <translation>SQLite 完整性：%1</translation>
    </message>
    <message>
        <source>%1 row %2 refers to a missing %3 row.</source>
        <translation>%1 第 %2 列參照了不存在的 %3 資料。</translation>
    </message>
    <message>
        <source>The schema version is %1; expected %2.</source>
        <translation>結構版本為 %1；應為 %2。</translation>
    </message>
    <message>
        <source>%1: card number %2 is used more than once.</source>
        <translation>%1：卡號 %2 被使用超過一次。</translation>
    </message>
    <message>
        <source>%1: card number %2 is not valid (%3).</source>
        <translation>%1：卡號 %2 無效（%3）。</translation>
    </message>
    <message>
        <source>%1: card number %2 is not below the next number of its sequence; it could be handed out again.</source>
        <translation>%1：卡號 %2 未小於其流水號的下一號，可能被重複配發。</translation>
    </message>
    <message>
        <source>Audit log: %1</source>
        <translation>稽核日誌：%1</translation>
    </message>
    <message>
        <source>production_attempts row %1 (%2): %3 blank cards used and %4 spoiled are booked; expected %5 and %6.</source>
        <translation>production_attempts 第 %1 列（%2）：登錄使用 %3 張、報廢 %4 張空白卡；應為 %5 與 %6。</translation>
    </message>
    <message>
        <source>blank stock of %1: %2 cards on hand.</source>
        <translation>%1 空白卡庫存：現有 %2 張。</translation>
    </message>
    <message>
        <source>blank_stock_levels row %1: the running balance (%2 on hand) does not match the movements (%3 on hand).</source>
        <translation>blank_stock_levels 第 %1 列：累計結存（現有 %2 張）與異動紀錄（現有 %3 張）不符。</translation>
    </message>
</context>
<context>
    <name>SyncLinks</name>
    <message>
        <source>The link to the central service was changed outside the program; enrol the station again.</source>
        <translation>與中央服務的連線設定在程式以外被更動；請重新註冊本站。</translation>
    </message>
    <message>
        <source>Log in first; the station is locked.</source>
        <translation>請先登入；工作站已鎖定。</translation>
    </message>
    <message>
        <source>The record of the last contact with the central service was changed outside the program.</source>
        <translation>與中央服務最後連線的紀錄在程式以外被更動。</translation>
    </message>
</context>
<context>
    <name>SyncPull</name>
    <message>
        <source>The policy the centre sent is not the one it announced.</source>
        <translation>中央系統傳來的政策與其公告的不符。</translation>
    </message>
</context>
<context>
    <name>SyncPush</name>
    <message>
        <source>The central service holds this station&apos;s events up to %1 and takes none after it.</source>
        <translation>中央服務保有本站事件至第 %1 筆，之後的事件都不再接收。</translation>
    </message>
</context>
<context>
    <name>SyncWorker</name>
    <message>
        <source>This station is not enrolled.</source>
        <translation>本站尚未向中央服務註冊。</translation>
    </message>
    <message>
        <source>Sync starts when an operator logs in.</source>
        <translation>操作人員登入後開始同步。</translation>
    </message>
</context>
<context>
    <name>TlsKeys</name>
    <message>
        <source>A key pair could not be made.</source>
        <translation>無法產生金鑰對。</translation>
    </message>
    <message>
        <source>The certificate request could not be made.</source>
        <translation>無法產生憑證申請。</translation>
    </message>
    <message>
        <source>The certificate cannot be read.</source>
        <translation>無法讀取憑證。</translation>
    </message>
</context>
<context>
    <name>cc</name>
    <message>
        <source>The central service refused this station (%1): %2</source>
        <translation>中央服務拒絕本站（%1）：%2</translation>
    </message>
    <message>
        <source>The central service is not available (%1); sync tries again.</source>
        <translation>中央服務暫時無法使用（%1），稍後會自動重新同步。</translation>
    </message>
    <message>
        <source>The central service did not accept the request (%1): %2</source>
        <translation>中央服務不接受此要求（%1）：%2</translation>
    </message>
    <message>
        <source>The central service cannot be reached (%1); sync tries again.</source>
        <translation>無法連線到中央服務（%1），稍後會自動重新同步。</translation>
    </message>
    <message>
        <source>The central service&apos;s address is https://HOST:PORT.</source>
        <translation>中央服務的位址格式為 https://主機:埠號。</translation>
    </message>
    <message>
        <source>TLS could not be set up.</source>
        <translation>無法建立 TLS 加密連線。</translation>
    </message>
    <message>
        <source>Card %1 was issued at station %2 and is in use there; it cannot be linked, replaced or reprinted here.</source>
        <translation>卡號 %1 由站點 %2 核發且仍在使用中；無法在本站綁定、補發或重印。</translation>
    </message>
    <message>
        <source>The central service&apos;s answer cannot be read; sync tries again.</source>
        <translation>無法解讀中央服務的回應，稍後會自動重新同步。</translation>
    </message>
    <message>
        <source>Card %1 is %2 (reported at station %3): refused here as at every station.</source>
        <translation>卡號 %1 已%2（由站點 %3 通報）：本站與所有站點皆拒絕受理。</translation>
    </message>
</context>
<context>
    <name>cc::ApplicantFinder</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Name in Latin letters</source>
        <translation>外文姓名</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身分證字號</translation>
    </message>
    <message>
        <source>Find an applicant</source>
        <translation>查詢申請人</translation>
    </message>
    <message>
        <source>Name, name in Latin letters, or card number</source>
        <translation>姓名、外文姓名或卡號</translation>
    </message>
    <message>
        <source>Enter searches; Enter on a match takes it to the counter.</source>
        <translation>按 Enter 搜尋；在結果上按 Enter 帶回櫃台。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>搜尋中…</translation>
    </message>
    <message>
        <source>Nobody at this station has that name or card number. People recorded before this version are found by ID number until their record is next written.</source>
        <translation>本站沒有此姓名或卡號的申請人。本版本之前建檔的民眾，在資料下次更新前只能以身分證字號查詢。</translation>
    </message>
    <message numerus="yes">
        <source>%n applicant(s) found.</source>
        <translation>
            <numerusform>找到 %n 位申請人。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cc::BatchDeskPage</name>
    <message>
        <source>eligibility from documents: re-check pending</source>
        <translation>資格依文件認定：待重新查核</translation>
    </message>
    <message>
        <source>card valid only until %1</source>
        <translation>卡片效期只到 %1</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>編號</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>批次</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Card type</source>
        <translation>卡別</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>申請數</translation>
    </message>
    <message>
        <source>Made by</source>
        <translation>建立者</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>申請</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身分證字號</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Card valid until</source>
        <translation>卡片效期至</translation>
    </message>
    <message>
        <source>To look at</source>
        <translation>應注意</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>核准(&amp;A)</translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation>退回(&amp;J)…</translation>
    </message>
    <message>
        <source>Batches are kept by clerks, mobile teams and supervisors.</source>
        <translation>批次由櫃台人員、行動服務隊與主管處理。</translation>
    </message>
    <message numerus="yes">
        <source>%n batch(es) waiting for a decision</source>
        <translation>
            <numerusform>%n 個批次待核定</numerusform>
        </translation>
    </message>
    <message>
        <source>seal broken</source>
        <translation>封印不符</translation>
    </message>
    <message>
        <source>no expiry</source>
        <translation>長期有效</translation>
    </message>
    <message>
        <source>A supervisor approves or rejects batches.</source>
        <translation>批次由主管核准或退回。</translation>
    </message>
    <message>
        <source>This batch was changed outside the program; it cannot be decided. Tell the city&apos;s IT.</source>
        <translation>此批次曾在本程式之外被修改，無法核定。請通知市府資訊人員。</translation>
    </message>
    <message>
        <source>This batch is %1; only a submitted batch is decided.</source>
        <translation>此批次%1；只有已送出的批次才能核定。</translation>
    </message>
    <message>
        <source>You made or changed this batch: another supervisor decides it (four eyes).</source>
        <translation>此批次由您建立或修改過：須由另一位主管核定（雙人覆核）。</translation>
    </message>
    <message>
        <source>Check the applications, then approve the batch or send it back.</source>
        <translation>請檢查各筆申請，再核准或退回此批次。</translation>
    </message>
    <message>
        <source>Approve batch</source>
        <translation>核准批次</translation>
    </message>
    <message numerus="yes">
        <source>Approve batch %1 &quot;%2&quot; with %n application(s) for production?</source>
        <translation>
            <numerusform>核准批次 %1「%2」共 %n 筆申請進行製卡？</numerusform>
        </translation>
    </message>
    <message>
        <source>Reject batch</source>
        <translation>退回批次</translation>
    </message>
    <message>
        <source>Why is batch %1 sent back? The one who made it reads this.</source>
        <translation>批次 %1 退回的原因？建立者會看到這段說明。</translation>
    </message>
    <message>
        <source>&amp;Produce…</source>
        <translation>製卡(&amp;P)…</translation>
    </message>
    <message>
        <source>S&amp;ubmit</source>
        <translation>送審(&amp;U)</translation>
    </message>
    <message>
        <source>Approved: load the printer with blank cards, then Produce (Alt+P).</source>
        <translation>已核准：請在印表機放入空白卡，再按製卡（Alt+P）。</translation>
    </message>
    <message>
        <source>Cards are made by clerks, mobile teams and supervisors.</source>
        <translation>製卡由櫃台人員、行動服務隊與主管進行。</translation>
    </message>
    <message>
        <source>Still open: Submit (Alt+U) sends it for a supervisor&apos;s decision.</source>
        <translation>編輯中：按送審（Alt+U）交由主管核定。</translation>
    </message>
    <message>
        <source>Submit batch</source>
        <translation>送審批次</translation>
    </message>
    <message>
        <source>&amp;New batch…</source>
        <translation>新增批次(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Import roster…</source>
        <translation>匯入名冊(&amp;I)…</translation>
    </message>
    <message>
        <source>The school&apos;s or agency&apos;s roster</source>
        <translation>學校或機關的名冊</translation>
    </message>
    <message>
        <source>Rosters (*.csv *.txt)</source>
        <translation>名冊 (*.csv *.txt)</translation>
    </message>
    <message>
        <source>Still open and empty: import the roster (Alt+I).</source>
        <translation>編輯中且沒有申請：請匯入名冊（Alt+I）。</translation>
    </message>
    <message>
        <source>Still open and empty: collect applications at the counter (Ctrl+B there).</source>
        <translation>編輯中且沒有申請：請在櫃台逐筆收件（在櫃台按 Ctrl+B）。</translation>
    </message>
</context>
<context>
    <name>cc::BatchProductionDialog</name>
    <message>
        <source>taking a blank card</source>
        <translation>取空白卡</translation>
    </message>
    <message>
        <source>writing the chip</source>
        <translation>寫入晶片</translation>
    </message>
    <message>
        <source>printing the face</source>
        <translation>列印卡面</translation>
    </message>
    <message>
        <source>recording the card</source>
        <translation>登錄卡片</translation>
    </message>
    <message>
        <source>issued</source>
        <translation>已發卡</translation>
    </message>
    <message>
        <source>spoiled: the card went to the reject tray</source>
        <translation>作廢：卡片已退至廢卡匣</translation>
    </message>
    <message>
        <source>no card taken</source>
        <translation>未取用卡片</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>開始(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>暫停(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Hand-over list</source>
        <translation>交付清冊(&amp;H)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>Producing batch %1 &quot;%2&quot;</source>
        <translation>製作批次 %1「%2」</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v / %m</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>重試(&amp;T)</translation>
    </message>
    <message>
        <source>S&amp;kip this card</source>
        <translation>略過此卡(&amp;K)</translation>
    </message>
    <message>
        <source>St&amp;op the run</source>
        <translation>停止製作(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Blank cards</source>
        <translation>空白卡(&amp;B)</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>進度</translation>
    </message>
    <message>
        <source>This card</source>
        <translation>目前卡片</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>批次</translation>
    </message>
    <message>
        <source>Pausing after this card…</source>
        <translation>這張卡完成後暫停…</translation>
    </message>
    <message>
        <source>%1 of %2 issued</source>
        <translation>已發卡 %1 / %2</translation>
    </message>
    <message>
        <source>Load the blank cards, then Start (Alt+S).</source>
        <translation>請放入空白卡，再按開始（Alt+S）。</translation>
    </message>
    <message>
        <source>A card is being made: the run pauses after it, then the window can be closed.</source>
        <translation>卡片製作中：這張完成後將暫停，之後即可關閉視窗。</translation>
    </message>
    <message>
        <source>Producing…</source>
        <translation>製作中…</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 issued, %3 spoiled, %4 skipped in this run; about %n s left</source>
        <translation>
            <numerusform>已發卡 %1 / %2，本次作廢 %3、略過 %4；約剩 %n 秒</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>The card failed (try %1): %2
Put the spoiled card aside. Try again (Alt+T), skip it for the next run (Alt+K) or stop the run (Alt+O).</source>
        <translation>製卡失敗（第 %1 次）：%2
請將作廢卡另置。可重試（Alt+T）、略過留待下次（Alt+K）或停止製作（Alt+O）。</translation>
    </message>
    <message>
        <source>This run: %1 issued, %2 spoiled, %3 skipped.</source>
        <translation>本次：發卡 %1、作廢 %2、略過 %3。</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) left by an interrupted run were resolved first.</source>
        <translation>
            <numerusform>已先處理上次中斷留下的 %n 張卡片。</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>已停止：%1</translation>
    </message>
    <message>
        <source>Paused: Start (Alt+S) goes on with the next card.</source>
        <translation>已暫停：按開始（Alt+S）從下一張繼續。</translation>
    </message>
    <message>
        <source>The batch is complete: print the hand-over list (Alt+H).</source>
        <translation>此批次已完成：請列印交付清冊（Alt+H）。</translation>
    </message>
    <message>
        <source>Printing the hand-over list…</source>
        <translation>列印交付清冊中…</translation>
    </message>
    <message>
        <source>The hand-over list was printed.</source>
        <translation>交付清冊已列印。</translation>
    </message>
    <message>
        <source>The run waits for your choice.</source>
        <translation>等待您的選擇。</translation>
    </message>
</context>
<context>
    <name>cc::CameraDialog</name>
    <message>
        <source>Take the photo (Space)</source>
        <translation>拍照（空白鍵）</translation>
    </message>
    <message>
        <source>The applicant&apos;s photo from the camera</source>
        <translation>以相機拍攝申請人照片</translation>
    </message>
    <message>
        <source>Waiting for the camera…</source>
        <translation>等待相機畫面…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>相機</translation>
    </message>
    <message>
        <source>Look into the camera; the crop frame comes next.</source>
        <translation>請看鏡頭；拍照後再調整裁切框。</translation>
    </message>
    <message>
        <source>No camera is connected: choose a photo file (F4) instead.</source>
        <translation>未連接相機：請改選照片檔（F4）。</translation>
    </message>
    <message>
        <source>The camera does not work: %1</source>
        <translation>相機無法使用：%1</translation>
    </message>
    <message>
        <source>No picture from the camera yet: wait for it, or press Esc.</source>
        <translation>相機尚無畫面：請稍候，或按 Esc 取消。</translation>
    </message>
</context>
<context>
    <name>cc::CardPreview</name>
    <message>
        <source>The card appears here once the applicant, the type and the photo are set.</source>
        <translation>設定申請人、卡別與照片後，卡面預覽會顯示在這裡。</translation>
    </message>
</context>
<context>
    <name>cc::CardsPanel</name>
    <message>
        <source>Card number</source>
        <translation>卡號</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>卡別</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>發卡日</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有效期限</translation>
    </message>
    <message>
        <source>Report &amp;lost</source>
        <translation>掛失(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Replacement</source>
        <translation>補發(&amp;R)</translation>
    </message>
    <message>
        <source>Con&amp;vert type</source>
        <translation>換發卡別(&amp;V)</translation>
    </message>
    <message>
        <source>Cancel card (Alt+X)</source>
        <translation>註銷卡片（Alt+X）</translation>
    </message>
    <message>
        <source>Lin&amp;k own card</source>
        <translation>綁定自有卡(&amp;K)</translation>
    </message>
    <message>
        <source>Re&amp;print face</source>
        <translation>重印卡面(&amp;P)</translation>
    </message>
    <message>
        <source>no expiry</source>
        <translation>長期有效</translation>
    </message>
</context>
<context>
    <name>cc::CollectBatchPicker</name>
    <message>
        <source>Collect into (Ctrl+B)</source>
        <translation>收件至（Ctrl+B）</translation>
    </message>
    <message>
        <source>No batch: produce the card here</source>
        <translation>不收入批次：當場製卡</translation>
    </message>
    <message numerus="yes">
        <source>%1 &quot;%2&quot; (%3, %n application(s))</source>
        <translation>
            <numerusform>%1「%2」（%3，%n 筆申請）</numerusform>
        </translation>
    </message>
    <message>
        <source>New session batch…</source>
        <translation>新增行動服務批次…</translation>
    </message>
    <message>
        <source>New session batch</source>
        <translation>新增行動服務批次</translation>
    </message>
    <message>
        <source>Name the session (place and date), e.g. Daxi district market 12/2:</source>
        <translation>請為此場次命名（地點與日期），例如：大溪區市場 12/2：</translation>
    </message>
</context>
<context>
    <name>cc::CounterController</name>
    <message>
        <source>Asking the registry…</source>
        <translation>查詢戶籍資料中…</translation>
    </message>
    <message>
        <source>The registry cannot be asked: %1
F3 records the documents the applicant shows instead.</source>
        <translation>無法查詢戶籍資料：%1
請按 F3 改為登錄申請人出示的證件。</translation>
    </message>
    <message>
        <source>%1 is not in the household registry of this city. If the applicant shows documents, F3 records them.</source>
        <translation>%1 不在本市戶籍資料中。若申請人出示證件，請按 F3 登錄。</translation>
    </message>
    <message>
        <source>%1  %2
Born %3 (age %4)
%5</source>
        <translation>%1  %2
出生 %3（%4 歲）
%5</translation>
    </message>
    <message>
        <source>Source: documents seen offline — re-check pending</source>
        <translation>資料來源：離線查驗證件——待複查</translation>
    </message>
    <message>
        <source>Source: household registry</source>
        <translation>資料來源：戶籍資料</translation>
    </message>
    <message>
        <source>The applicant is eligible for no card type: the reasons are under 3.</source>
        <translation>申請人不符合任何卡別：原因見第 3 區。</translation>
    </message>
    <message>
        <source>Look up the applicant first (F2), or record their documents (F3).</source>
        <translation>請先查詢申請人（F2），或登錄證件（F3）。</translation>
    </message>
    <message>
        <source>Choose a card type the applicant is eligible for.</source>
        <translation>請選擇申請人符合資格的卡別。</translation>
    </message>
    <message>
        <source>This card type uses sensitive data: record the applicant&apos;s consent (Alt+S).</source>
        <translation>此卡別使用敏感資料：請登錄申請人的同意（Alt+S）。</translation>
    </message>
    <message>
        <source>Choose the applicant&apos;s photo first (F4).</source>
        <translation>請先選擇申請人照片（F4）。</translation>
    </message>
    <message>
        <source>The receipt is printed: the applicant signs it.</source>
        <translation>收據已列印：請申請人簽名。</translation>
    </message>
    <message>
        <source>Cards left unfinished by the last session could not be resolved: %1 Check the devices (Ctrl+2) and log in again.</source>
        <translation>上次未完成的製卡無法處理：%1 請檢查設備（Ctrl+2）後重新登入。</translation>
    </message>
    <message>
        <source>card %1: finished and issued</source>
        <translation>卡號 %1：已完成並發卡</translation>
    </message>
    <message>
        <source>card %1: spoiled (%2); put it aside for destruction</source>
        <translation>卡號 %1：已作廢（%2）；請將卡片另置待銷毀</translation>
    </message>
    <message>
        <source>card %1: cancelled, no card was used</source>
        <translation>卡號 %1：已取消，未使用卡片</translation>
    </message>
    <message>
        <source>Cards left unfinished by the last session: %1</source>
        <translation>上次未完成的製卡：%1</translation>
    </message>
    <message>
        <source>Card %1 is cancelled.</source>
        <translation>卡號 %1 已註銷。</translation>
    </message>
    <message>
        <source>The face of card %1 is printed again.</source>
        <translation>卡號 %1 的卡面已重新列印。</translation>
    </message>
    <message>
        <source>Opening pre-application %1…</source>
        <translation>正在開啟預先申請 %1…</translation>
    </message>
    <message>
        <source>Card %1 is already made for this applicant. F10 prints the receipt; Ctrl+N takes the next applicant.</source>
        <translation>此申請人的卡片 %1 已製作完成。F10 列印收據；Ctrl+N 換下一位申請人。</translation>
    </message>
    <message>
        <source>Card %1 is blocked as lost, but its proof could not be printed: %2 %3</source>
        <translation>卡片 %1 已掛失停用，但掛失證明無法列印：%2 %3</translation>
    </message>
    <message>
        <source>Card %1 is blocked as lost; the applicant takes the printed proof.</source>
        <translation>卡片 %1 已掛失停用；請將列印的掛失證明交給申請人。</translation>
    </message>
    <message>
        <source>no fee</source>
        <translation>免規費</translation>
    </message>
    <message>
        <source>fee NT$%1 waived</source>
        <translation>規費 NT$%1 免收</translation>
    </message>
    <message>
        <source>fee NT$%1 paid</source>
        <translation>規費 NT$%1 已繳</translation>
    </message>
    <message>
        <source>Replacement of card %1 recorded, %2. F9 produces the new card with the photo on file; F4 takes another.</source>
        <translation>已受理卡片 %1 的補發，%2。按 F9 以存檔照片製作新卡；按 F4 改用其他照片。</translation>
    </message>
    <message>
        <source>Conversion to %1 recorded; card %2 is blocked on hand-over. F9 produces the new card with the photo shown; F4 takes another.</source>
        <translation>已受理換發為%1；卡片 %2 於新卡交付時停用。按 F9 以畫面上的照片製作新卡；按 F4 改用其他照片。</translation>
    </message>
    <message>
        <source>The applicant&apos;s own %1 card (chip UID %2) is linked as card %3.</source>
        <translation>申請人自有的%1（晶片 UID %2）已綁定為卡號 %3。</translation>
    </message>
    <message>
        <source>Look the applicant up first (F2 or Ctrl+F): Ctrl+H shows their history.</source>
        <translation>請先查詢申請人（F2 或 Ctrl+F），Ctrl+H 才能顯示其歷程。</translation>
    </message>
    <message>
        <source>Application %1 (%2), recorded %3, is still waiting for its card: F9 makes it; Ctrl+N withdraws it if the applicant leaves without it.</source>
        <translation>申請案 %1（%2，%3 受理）尚待製卡：按 F9 製卡；申請人不領卡離開時，按 Ctrl+N 撤回。</translation>
    </message>
    <message>
        <source>Application %1 is withdrawn: the applicant left without the card.</source>
        <translation>申請案 %1 已撤回：申請人未領卡離開。</translation>
    </message>
    <message>
        <source>The receipt is printed again, marked as a copy.</source>
        <translation>收據已補印，並標示為補印本。</translation>
    </message>
</context>
<context>
    <name>cc::CounterPage</name>
    <message>
        <source>Consent to the use of sensitive data recorded (&amp;S)</source>
        <translation>已取得敏感資料使用同意(&amp;S)</translation>
    </message>
    <message>
        <source>Produce card (F9)</source>
        <translation>製卡（F9）</translation>
    </message>
    <message>
        <source>Print receipt (F10)</source>
        <translation>列印收據（F10）</translation>
    </message>
    <message>
        <source>1  ID number (F2)</source>
        <translation>1  身分證字號（F2）</translation>
    </message>
    <message>
        <source>Offline documents (F3)</source>
        <translation>離線查驗證件（F3）</translation>
    </message>
    <message>
        <source>2  Applicant and cards</source>
        <translation>2  申請人與卡片</translation>
    </message>
    <message>
        <source>3  Eligibility and card type</source>
        <translation>3  資格與卡別</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>卡別(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Carrier</source>
        <translation>載具(&amp;C)</translation>
    </message>
    <message>
        <source>4  Photo</source>
        <translation>4  照片</translation>
    </message>
    <message>
        <source>Choose photo file… (F4)</source>
        <translation>選擇照片檔…（F4）</translation>
    </message>
    <message>
        <source>Arrows move the frame, + and − zoom.</source>
        <translation>方向鍵移動裁切框，+ 與 − 縮放。</translation>
    </message>
    <message>
        <source>5  Card preview</source>
        <translation>5  卡面預覽</translation>
    </message>
    <message>
        <source>6  Produce and hand over</source>
        <translation>6  製卡與交付</translation>
    </message>
    <message>
        <source>Next applicant (Ctrl+N)</source>
        <translation>下一位（Ctrl+N）</translation>
    </message>
    <message>
        <source>Nobody yet: type or scan an ID number.</source>
        <translation>尚無申請人：請輸入或掃描身分證字號。</translation>
    </message>
    <message>
        <source>Type the applicant&apos;s ID number first.</source>
        <translation>請先輸入申請人的身分證字號。</translation>
    </message>
    <message>
        <source>%1 is not a photo this program can read: %2</source>
        <translation>%1 不是可讀取的照片：%2</translation>
    </message>
    <message>
        <source>The applicant&apos;s photo</source>
        <translation>申請人照片</translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png *.bmp *.tif *.tiff)</source>
        <translation>照片 (*.jpg *.jpeg *.png *.bmp *.tif *.tiff)</translation>
    </message>
    <message>
        <source>Report lost</source>
        <translation>掛失</translation>
    </message>
    <message>
        <source>Block card %1 as lost now? It stops working at once.</source>
        <translation>現在將卡號 %1 以遺失停用？卡片將立即失效。</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>遺失</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>毀損</translation>
    </message>
    <message>
        <source>Replacement</source>
        <translation>補發</translation>
    </message>
    <message>
        <source>Why is card %1 replaced?</source>
        <translation>卡號 %1 補發的原因？</translation>
    </message>
    <message>
        <source>Death</source>
        <translation>死亡</translation>
    </message>
    <message>
        <source>Moved away</source>
        <translation>遷出</translation>
    </message>
    <message>
        <source>Cancel card</source>
        <translation>註銷卡片</translation>
    </message>
    <message>
        <source>Why is card %1 cancelled?</source>
        <translation>卡號 %1 註銷的原因？</translation>
    </message>
    <message>
        <source>%1 will be looked up as soon as the current step is done.</source>
        <translation>目前的步驟完成後，將立即查詢 %1。</translation>
    </message>
    <message>
        <source>The offline documents open as soon as the current step is done.</source>
        <translation>目前的步驟完成後，將立即開啟離線查驗證件。</translation>
    </message>
    <message>
        <source>Add to batch (F9)</source>
        <translation>加入批次（F9）</translation>
    </message>
    <message>
        <source>Application %1 is in batch %2: its card is made once a supervisor approves the batch. Ctrl+N takes the next applicant.</source>
        <translation>申請 %1 已加入批次 %2：批次經主管核准後製卡。按 Ctrl+N 受理下一位。</translation>
    </message>
    <message>
        <source>Pre-application %1, made online on %2: %3 asks for a %4. Check the applicant&apos;s ID card, then finish it as a walk-in.</source>
        <translation>預先申請 %1，於 %2 線上提出：%3 申請%4。請核對申請人的身分證，再依臨櫃申請辦理完成。</translation>
    </message>
    <message>
        <source>The pre-application asks for a %1, which the applicant is not eligible for (the reasons are under 3): choose another type or explain it to them.</source>
        <translation>預先申請的是%1，但申請人不符資格（原因見 3）：請改選其他卡別，或向申請人說明。</translation>
    </message>
    <message>
        <source>Documents over the registry&apos;s answer</source>
        <translation>以證件取代戶籍回覆</translation>
    </message>
    <message>
        <source>The household registry answered for this applicant. Why do the documents stand over its answer? (Audited; the application is re-checked at the next sync.)</source>
        <translation>戶籍資料已回覆此申請人的查詢。為何以證件取代其回覆？（將記入稽核紀錄；申請案於下次同步時重新查核。）</translation>
    </message>
    <message>
        <source>The household registry answered for this applicant: documents stand in for it only when it cannot be asked. A supervisor can take the documents over its answer, with a reason (the supervisor logs in, types the ID number, then F3).</source>
        <translation>戶籍資料已回覆此申請人的查詢：只有在無法查詢戶籍時，才能以證件代替。主管可敘明理由，以證件取代戶籍回覆（由主管登入、輸入身分證字號後再按 F3）。</translation>
    </message>
    <message>
        <source>Convert card %1 from %2 to %3? A new card is made; the old one is blocked when the new one is handed over.</source>
        <translation>將卡片 %1 由%2轉換為%3？將製作新卡；新卡交付時舊卡即停用。</translation>
    </message>
    <message>
        <source>Note: a general card has none of the concessions of the %1.</source>
        <translation>注意：一般卡沒有%1的任何優惠。</translation>
    </message>
    <message>
        <source>Convert type</source>
        <translation>轉換卡別</translation>
    </message>
    <message>
        <source>Reprint face</source>
        <translation>重印卡面</translation>
    </message>
    <message>
        <source>Print the face of card %1 again, on a blank card from the printer&apos;s hopper?</source>
        <translation>以印表機進卡匣中的空白卡重新列印卡片 %1 的卡面？</translation>
    </message>
    <message>
        <source>Link own card</source>
        <translation>綁定自有卡片</translation>
    </message>
    <message>
        <source>Place the applicant&apos;s own %1 card on the reader %2, then press OK. Its chip is only read: nothing is written to it or printed.</source>
        <translation>請將申請人自有的%1放在讀卡機 %2 上，再按「確定」。只讀取晶片，不寫入也不列印。</translation>
    </message>
    <message>
        <source>(the only one)</source>
        <translation>（唯一的一台）</translation>
    </message>
    <message>
        <source>Replacement fee</source>
        <translation>補發規費</translation>
    </message>
    <message>
        <source>The replacement fee is NT$%1. Has the applicant paid it?</source>
        <translation>補發規費為 NT$%1。申請人已繳納嗎？</translation>
    </message>
    <message>
        <source>&amp;Paid</source>
        <translation>已繳(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Waived…</source>
        <translation>免收(&amp;W)…</translation>
    </message>
    <message>
        <source>Fee waived</source>
        <translation>免收規費</translation>
    </message>
    <message>
        <source>Why is the fee of NT$%1 waived? (On the receipt and audited.)</source>
        <translation>NT$%1 規費為何免收？（會印在收據上並記入稽核紀錄。）</translation>
    </message>
    <message>
        <source>Find by name or card (Ctrl+F)</source>
        <translation>以姓名或卡號查詢 (Ctrl+F)</translation>
    </message>
    <message>
        <source>History (Ctrl+H)</source>
        <translation>歷程 (Ctrl+H)</translation>
    </message>
    <message>
        <source>The search opens as soon as the current step is done.</source>
        <translation>目前步驟完成後即開啟查詢。</translation>
    </message>
    <message>
        <source>Next applicant</source>
        <translation>下一位申請人</translation>
    </message>
    <message>
        <source>Application %1 has no card yet. Does the applicant leave without it?</source>
        <translation>申請案 %1 尚未製卡。申請人是否不領卡離開？</translation>
    </message>
    <message>
        <source>Withdraw it if they do not want the card (a fee paid for it is given back). Keep it waiting if they come back for it: it is found again when their ID is looked up.</source>
        <translation>申請人不要此卡時請撤回（已繳費用應退還）。申請人之後會回來領卡時請保留：再次查詢其身分證號即可找回。</translation>
    </message>
    <message>
        <source>&amp;Withdraw it</source>
        <translation>撤回申請(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Keep it waiting</source>
        <translation>保留待製(&amp;K)</translation>
    </message>
    <message>
        <source>Stay with this applicant</source>
        <translation>留在此申請人</translation>
    </message>
    <message>
        <source>Camera… (Shift+F4)</source>
        <translation>相機拍照…（Shift+F4）</translation>
    </message>
    <message>
        <source>No camera is connected to this station: F4 chooses a photo file.</source>
        <translation>本工作站未連接相機：按 F4 選擇照片檔。</translation>
    </message>
</context>
<context>
    <name>cc::DayPage</name>
    <message>
        <source>Today</source>
        <translation>本日</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>數字</translation>
    </message>
    <message>
        <source>&amp;Sign off the day…</source>
        <translation>簽核日結(&amp;S)…</translation>
    </message>
    <message>
        <source>Blank cards in the drawer</source>
        <translation>抽屜中的空白卡</translation>
    </message>
    <message>
        <source>End of day %1</source>
        <translation>%1 日結</translation>
    </message>
    <message>
        <source>The end of day is not available at this station.</source>
        <translation>本工作站無法進行日結。</translation>
    </message>
    <message>
        <source>Cards issued: %1</source>
        <translation>發卡數：%1</translation>
    </message>
    <message>
        <source>Cards issued in all</source>
        <translation>發卡總數</translation>
    </message>
    <message>
        <source>Blank cards spoiled (put aside for destruction)</source>
        <translation>報廢空白卡（另存待銷毀）</translation>
    </message>
    <message>
        <source>Replacement fees paid</source>
        <translation>已收補發規費</translation>
    </message>
    <message>
        <source>Replacement fees waived</source>
        <translation>免收補發規費</translation>
    </message>
    <message numerus="yes">
        <source>NT$%1 (%n replacement(s))</source>
        <translation>
            <numerusform>NT$%1（%n 件補發）</numerusform>
        </translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>載具</translation>
    </message>
    <message>
        <source>Expected by the stock log</source>
        <translation>庫存帳應有</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>實際清點</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>差異</translation>
    </message>
    <message>
        <source>Signed off by %1 at %2.</source>
        <translation>已由 %1 於 %2 簽核。</translation>
    </message>
    <message>
        <source>Count the blank cards in the drawer, then a supervisor signs off.</source>
        <translation>請清點抽屜中的空白卡，再由主管簽核。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>無</translation>
    </message>
    <message>
        <source>%1 (find out why before signing off)</source>
        <translation>%1（簽核前請查明原因）</translation>
    </message>
    <message>
        <source>Sign off the day</source>
        <translation>簽核日結</translation>
    </message>
    <message>
        <source>The blank cards counted differ from the stock log. Sign off anyway? The difference is recorded.</source>
        <translation>清點的空白卡與庫存帳不符。仍要簽核嗎？差異會被記錄。</translation>
    </message>
    <message>
        <source>Sign off the day? It is recorded once, with these figures.</source>
        <translation>要簽核本日日結嗎？將以這些數字記錄一次。</translation>
    </message>
</context>
<context>
    <name>cc::DevicesPanel</name>
    <message>
        <source>ready</source>
        <translation>就緒</translation>
    </message>
    <message>
        <source>busy</source>
        <translation>忙碌中</translation>
    </message>
    <message>
        <source>card at the encoder</source>
        <translation>卡片在寫卡位置</translation>
    </message>
    <message>
        <source>needs attention</source>
        <translation>需要處理</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>離線</translation>
    </message>
    <message>
        <source>Reader</source>
        <translation>讀卡機</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>卡片</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>印表機</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>處理方式</translation>
    </message>
    <message>
        <source>the system&apos;s default printer</source>
        <translation>系統預設印表機</translation>
    </message>
    <message>
        <source>Card readers (PC/SC)</source>
        <translation>讀卡機（PC/SC）</translation>
    </message>
    <message>
        <source>Card printers</source>
        <translation>製卡機</translation>
    </message>
    <message>
        <source>Used at this counter</source>
        <translation>本櫃台使用</translation>
    </message>
    <message>
        <source>&amp;Encoder (reader)</source>
        <translation>寫卡機（讀卡機）(&amp;E)</translation>
    </message>
    <message>
        <source>Card &amp;printer</source>
        <translation>製卡機(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Receipt printer</source>
        <translation>收據印表機(&amp;R)</translation>
    </message>
    <message>
        <source>The lists follow the devices live: plug a reader in or out, place a card, open the printer&apos;s cover.</source>
        <translation>清單即時反映設備狀態：插拔讀卡機、放上卡片、打開製卡機上蓋都會立即顯示。</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>自動</translation>
    </message>
    <message>
        <source>card present</source>
        <translation>有卡片</translation>
    </message>
    <message>
        <source>no card</source>
        <translation>無卡片</translation>
    </message>
    <message>
        <source>Nothing: it is ready.</source>
        <translation>無須處理：已就緒。</translation>
    </message>
    <message>
        <source>Wait: it is printing or moving a card.</source>
        <translation>請稍候：正在列印或移動卡片。</translation>
    </message>
    <message>
        <source>Wait: a card is at the encoder. If nothing happens, log out and in again to finish it.</source>
        <translation>請稍候：有卡片停在寫卡位置。若一直沒有動靜，請登出再登入以完成它。</translation>
    </message>
    <message>
        <source>Check that it is switched on and its cable or network is connected; this list follows within seconds.</source>
        <translation>請確認印表機已開機、線路或網路已連接；本清單數秒內會更新。</translation>
    </message>
    <message>
        <source>Read the printer&apos;s display; switch it off and on if it stays. If it still does, call the city&apos;s IT help desk.</source>
        <translation>請查看印表機面板訊息；若持續出現，請關機再開機。仍無法排除時，請聯絡市府資訊服務台。</translation>
    </message>
</context>
<context>
    <name>cc::FlagsPage</name>
    <message>
        <source>Second personal card</source>
        <translation>第二張個人卡</translation>
    </message>
    <message>
        <source>Re-check failed</source>
        <translation>重新查核未通過</translation>
    </message>
    <message>
        <source>&amp;Resolve…</source>
        <translation>處理(&amp;R)…</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>提出時間</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>What</source>
        <translation>內容</translation>
    </message>
    <message>
        <source>This station does not sync with a central service.</source>
        <translation>本站未與中央系統同步。</translation>
    </message>
    <message>
        <source>Only a supervisor sees and resolves flags.</source>
        <translation>只有主管可以檢視與處理提醒。</translation>
    </message>
    <message>
        <source>open</source>
        <translation>編輯中</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>已處理</translation>
    </message>
    <message numerus="yes">
        <source>%n open flag(s)</source>
        <translation>
            <numerusform>%n 件未處理的提醒</numerusform>
        </translation>
    </message>
    <message>
        <source>Resolved %1 by %2, because: %3</source>
        <translation>%1 由 %2 處理，原因：%3</translation>
    </message>
    <message>
        <source>Resolve flag</source>
        <translation>處理提醒</translation>
    </message>
    <message>
        <source>Resolved, because (this is kept in the audit log):</source>
        <translation>處理原因（將記錄於稽核日誌）：</translation>
    </message>
</context>
<context>
    <name>cc::HistoryDialog</name>
    <message>
        <source>type conversion</source>
        <translation>換發卡別</translation>
    </message>
    <message>
        <source>own card linked</source>
        <translation>綁定自有卡片</translation>
    </message>
    <message>
        <source>NT$%1 waived</source>
        <translation>NT$%1 免收</translation>
    </message>
    <message>
        <source>NT$%1 paid</source>
        <translation>NT$%1 已繳</translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation>%1 的歷程</translation>
    </message>
    <message>
        <source>%1  %2, born %3, ID number %4</source>
        <translation>%1  %2，出生 %3，身分證字號 %4</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>申請案</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受理日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>卡別</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>規費</translation>
    </message>
    <message>
        <source>When</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>承辦人</translation>
    </message>
    <message>
        <source>What</source>
        <translation>作業</translation>
    </message>
    <message>
        <source>On</source>
        <translation>對象</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>card %1</source>
        <translation>卡片 %1</translation>
    </message>
    <message>
        <source>application %1</source>
        <translation>申請案 %1</translation>
    </message>
    <message>
        <source>card production %1</source>
        <translation>製卡作業 %1</translation>
    </message>
    <message>
        <source>the applicant</source>
        <translation>申請人</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>被拒絕</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>申請案</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>卡片</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>作業紀錄</translation>
    </message>
    <message>
        <source>application recorded</source>
        <translation>受理申請</translation>
    </message>
    <message>
        <source>card production started</source>
        <translation>開始製卡</translation>
    </message>
    <message>
        <source>chip being written</source>
        <translation>寫入晶片中</translation>
    </message>
    <message>
        <source>chip written and checked</source>
        <translation>晶片已寫入並驗證</translation>
    </message>
    <message>
        <source>face being printed</source>
        <translation>卡面列印中</translation>
    </message>
    <message>
        <source>face printed</source>
        <translation>卡面已列印</translation>
    </message>
    <message>
        <source>card issued</source>
        <translation>發卡完成</translation>
    </message>
    <message>
        <source>card spoiled</source>
        <translation>卡片報廢</translation>
    </message>
    <message>
        <source>production cancelled, no card used</source>
        <translation>製卡取消，未耗用卡片</translation>
    </message>
    <message>
        <source>unfinished card resolved</source>
        <translation>未完成的製卡已處理</translation>
    </message>
    <message>
        <source>reported lost</source>
        <translation>掛失</translation>
    </message>
    <message>
        <source>card cancelled</source>
        <translation>註銷卡片</translation>
    </message>
    <message>
        <source>face printed again</source>
        <translation>重印卡面</translation>
    </message>
    <message>
        <source>replacement</source>
        <translation>補發</translation>
    </message>
    <message>
        <source>photo taken again</source>
        <translation>重新拍照</translation>
    </message>
    <message>
        <source>history viewed</source>
        <translation>查看歷程</translation>
    </message>
    <message>
        <source>looked up</source>
        <translation>查詢</translation>
    </message>
    <message>
        <source>cards listed</source>
        <translation>列出卡片</translation>
    </message>
    <message>
        <source>registry asked</source>
        <translation>查詢戶籍</translation>
    </message>
    <message>
        <source>documents over the registry&apos;s answer</source>
        <translation>以證件推翻戶籍查詢結果</translation>
    </message>
    <message>
        <source>pre-application finished</source>
        <translation>完成線上預約申請</translation>
    </message>
    <message>
        <source>added to a batch</source>
        <translation>加入批次</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>收據</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>卡片</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>列印時間</translation>
    </message>
    <message>
        <source>By</source>
        <translation>經辦</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>補印</translation>
    </message>
    <message>
        <source>lost report proof</source>
        <translation>掛失證明</translation>
    </message>
    <message>
        <source>receipt</source>
        <translation>收據</translation>
    </message>
    <message>
        <source>printed again</source>
        <translation>補印本</translation>
    </message>
    <message>
        <source>&amp;Print again</source>
        <translation>補印(&amp;P)</translation>
    </message>
    <message>
        <source>Receipts printed</source>
        <translation>已印收據</translation>
    </message>
    <message>
        <source>receipt printed</source>
        <translation>收據已列印</translation>
    </message>
    <message>
        <source>receipt printed again</source>
        <translation>收據已補印</translation>
    </message>
    <message>
        <source>application withdrawn</source>
        <translation>申請已撤回</translation>
    </message>
</context>
<context>
    <name>cc::Hotlist</name>
    <message>
        <source>The hotlist is larger than any this program reads.</source>
        <translation>停用卡清單超過本程式可讀取的大小。</translation>
    </message>
    <message>
        <source>A hotlist ends with a line break.</source>
        <translation>停用卡清單須以換行結尾。</translation>
    </message>
    <message>
        <source>Not a citizencard hotlist (version 1).</source>
        <translation>不是市民卡停用卡清單（第 1 版格式）。</translation>
    </message>
    <message>
        <source>Expected &quot;version&quot; and a whole number.</source>
        <translation>此處應為 &quot;version&quot; 與整數。</translation>
    </message>
    <message>
        <source>Expected &quot;since&quot; and a version no later than the list&apos;s.</source>
        <translation>此處應為 &quot;since&quot; 與不晚於清單版本的版本號。</translation>
    </message>
    <message>
        <source>Expected &quot;generated&quot; and a UTC time.</source>
        <translation>此處應為 &quot;generated&quot; 與 UTC 時間。</translation>
    </message>
    <message>
        <source>Expected &quot;entries&quot; and the number of lines that follow.</source>
        <translation>此處應為 &quot;entries&quot; 與其後的行數。</translation>
    </message>
    <message>
        <source>An entry has 5 fields: card, chip UID, since, reason, version.</source>
        <translation>每筆資料有 5 個欄位：卡號、晶片 UID、起始時間、原因、版本。</translation>
    </message>
    <message>
        <source>Not a card number.</source>
        <translation>不是卡號。</translation>
    </message>
    <message>
        <source>Not a chip UID (lower-case hex).</source>
        <translation>不是晶片 UID（小寫十六進位）。</translation>
    </message>
    <message>
        <source>Not a UTC time (2026-12-01T04:05:06.789Z).</source>
        <translation>不是 UTC 時間（2026-12-01T04:05:06.789Z）。</translation>
    </message>
    <message>
        <source>Not a reason code.</source>
        <translation>不是原因代碼。</translation>
    </message>
    <message>
        <source>The entry&apos;s version is outside the list&apos;s.</source>
        <translation>此筆資料的版本超出清單範圍。</translation>
    </message>
</context>
<context>
    <name>cc::HttpsTransport</name>
    <message>
        <source>The station&apos;s certificate, key or the city CA cannot be read.</source>
        <translation>無法讀取本站憑證、金鑰或市府憑證機構憑證。</translation>
    </message>
    <message>
        <source>The central service&apos;s answer cannot be read; sync tries again.</source>
        <translation>無法解讀中央服務的回應，稍後會自動重新同步。</translation>
    </message>
    <message>
        <source>The city CA&apos;s certificate cannot be read.</source>
        <translation>無法讀取市府憑證機構的憑證。</translation>
    </message>
    <message>
        <source>The central service&apos;s answer cannot be read.</source>
        <translation>無法解讀中央服務的回應。</translation>
    </message>
</context>
<context>
    <name>cc::IdEntry</name>
    <message>
        <source>Type or scan the applicant&apos;s ID number, then Enter.</source>
        <translation>輸入或掃描申請人的身分證字號，再按 Enter。</translation>
    </message>
    <message>
        <source>%1 of 10 characters</source>
        <translation>已輸入 %1／10 碼</translation>
    </message>
    <message>
        <source>e.g. A123456789 — or scan the ID card or a pre-application&apos;s QR code</source>
        <translation>例：A123456789 — 或掃描身分證或預先申請的 QR 碼</translation>
    </message>
    <message>
        <source>✔ A pre-application&apos;s code: Enter opens it.</source>
        <translation>✔ 預先申請代碼：按 Enter 開啟。</translation>
    </message>
    <message>
        <source>%1 of %2 characters of a pre-application&apos;s code</source>
        <translation>預先申請代碼 %1／%2 字元</translation>
    </message>
</context>
<context>
    <name>cc::LoginPage</name>
    <message>
        <source>&amp;Log in</source>
        <translation>登入(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Operator</source>
        <translation>操作人員(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>密碼(&amp;P)</translation>
    </message>
    <message>
        <source>La&amp;nguage</source>
        <translation>語言(&amp;N)</translation>
    </message>
    <message>
        <source>Citizen card counter</source>
        <translation>市民卡櫃台</translation>
    </message>
    <message>
        <source>Locked: %1 was away</source>
        <translation>已鎖定：%1 暫時離開</translation>
    </message>
    <message>
        <source>Enter your operator name.</source>
        <translation>請輸入操作人員帳號。</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>驗證中…</translation>
    </message>
    <message>
        <source>Log o&amp;ut</source>
        <translation>登出(&amp;U)</translation>
    </message>
    <message>
        <source>Enter your password to go on, log in as another operator, or log out (Alt+U) to change the language.</source>
        <translation>輸入密碼繼續作業、改由其他操作人員登入，或登出（Alt+U）以變更語言。</translation>
    </message>
</context>
<context>
    <name>cc::MainWindow</name>
    <message>
        <source>Citizen card counter</source>
        <translation>市民卡櫃台</translation>
    </message>
    <message>
        <source>Not logged in</source>
        <translation>未登入</translation>
    </message>
    <message>
        <source>Locked by %1, station %2</source>
        <translation>已由 %1 鎖定，工作站 %2</translation>
    </message>
    <message>
        <source>Quit citizencard</source>
        <translation>結束 citizencard</translation>
    </message>
    <message>
        <source>A card is being made or a long task is running: quit once it is done.</source>
        <translation>正在製卡或執行長時間作業：請待完成後再結束。</translation>
    </message>
    <message>
        <source>Quit citizencard? %1 is logged in.</source>
        <translation>要結束 citizencard 嗎？%1 仍在登入中。</translation>
    </message>
    <message numerus="yes">
        <source>The station locks in %n s: press any key to stay.</source>
        <translation>
            <numerusform>工作站將在 %n 秒後鎖定：按任一鍵即可繼續使用。</numerusform>
        </translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>登出</translation>
    </message>
    <message>
        <source>A card is being made or a long task is running: log out once it is done.</source>
        <translation>正在製卡或執行長時間作業：完成後再登出。</translation>
    </message>
    <message>
        <source>Log out %1? Work not yet saved on screen is dropped.</source>
        <translation>登出 %1？畫面上尚未儲存的作業將會捨棄。</translation>
    </message>
    <message>
        <source>%1 (%2), station %3   ·   F2 ID  F3 offline  F4 photo  F9 produce  F10 receipt  Ctrl+N next  Ctrl+Shift+L lock  Ctrl+Shift+Q log out</source>
        <translation>%1（%2），工作站 %3   ·   F2 身分證號  F3 離線  F4 照片  F9 製卡  F10 收據  Ctrl+N 下一位  Ctrl+Shift+L 鎖定  Ctrl+Shift+Q 登出</translation>
    </message>
</context>
<context>
    <name>cc::NewBatchDialog</name>
    <message>
        <source>New batch</source>
        <translation>新增批次</translation>
    </message>
    <message>
        <source>e.g. Zhongli Elementary, school year 115</source>
        <translation>例如：中壢國小 115 學年</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>建立</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>類別(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Label</source>
        <translation>名稱(&amp;L)</translation>
    </message>
    <message>
        <source>Card &amp;type</source>
        <translation>卡別(&amp;T)</translation>
    </message>
    <message>
        <source>Any card type</source>
        <translation>不限卡別</translation>
    </message>
</context>
<context>
    <name>cc::OfflineDialog</name>
    <message>
        <source>Offline: documents seen for %1</source>
        <translation>離線：%1 出示的證件</translation>
    </message>
    <message>
        <source>ROC date, e.g. 50/03/14</source>
        <translation>民國日期，例如 50/03/14</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>證件</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>號碼</translation>
    </message>
    <message>
        <source>Issued (ROC)</source>
        <translation>發證日（民國）</translation>
    </message>
    <message>
        <source>Valid until (ROC)</source>
        <translation>有效期限（民國）</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>細節</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>姓名(&amp;N)</translation>
    </message>
    <message>
        <source>Name in &amp;Latin letters</source>
        <translation>外文姓名(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>地址(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Birth date</source>
        <translation>出生日期(&amp;B)</translation>
    </message>
    <message>
        <source>A&amp;dd document</source>
        <translation>新增證件(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Remove document</source>
        <translation>移除證件(&amp;R)</translation>
    </message>
    <message>
        <source>Use these documents</source>
        <translation>使用這些證件</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Document %1, %2: %3</source>
        <translation>第 %1 份證件，%2：%3</translation>
    </message>
    <message>
        <source>Name: enter the name as the ID card shows it.</source>
        <translation>姓名：請依身分證所載輸入。</translation>
    </message>
    <message>
        <source>Birth date: %1</source>
        <translation>出生日期：%1</translation>
    </message>
    <message>
        <source>School</source>
        <translation>學校</translation>
    </message>
    <message>
        <source>The registry cannot be asked. Record what the documents show; eligibility is computed from them and the application is marked &quot;offline, re-check pending&quot;. Detail: the permit&apos;s category, the companion mark of a disability certificate, the school level of a student ID (and its school).</source>
        <translation>目前無法查詢戶政資料。請登錄證件所載內容；資格依證件判定，申請案標示為「離線受理，待複查」。細節欄：居留證的類別、身心障礙證明的必要陪伴者註記、學生證的學制（及學校）。</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>請選擇…</translation>
    </message>
</context>
<context>
    <name>cc::OperatorsPage</name>
    <message>
        <source>never (administrator)</source>
        <translation>不適用（系統管理員）</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>有</translation>
    </message>
    <message>
        <source>waits for a supervisor</source>
        <translation>等待主管授權</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>操作人員</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>個資存取</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>建立日期</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>建立者</translation>
    </message>
    <message>
        <source>&amp;Add operator…</source>
        <translation>新增操作人員(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>解除鎖定(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>停用(&amp;D)</translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation>重設密碼(&amp;P)…</translation>
    </message>
    <message>
        <source>Change r&amp;ole…</source>
        <translation>變更角色(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Give data access</source>
        <translation>授予個資存取(&amp;G)</translation>
    </message>
    <message>
        <source>Only a supervisor or an administrator manages operators.</source>
        <translation>只有主管或系統管理員可管理操作人員。</translation>
    </message>
    <message>
        <source>Supervisors look after clerks and mobile teams; administrators after every operator. Nobody changes their own account here.</source>
        <translation>主管管理承辦人員與行動服務人員；系統管理員管理所有操作人員。任何人都不能在此變更自己的帳號。</translation>
    </message>
    <message>
        <source>Enable (&amp;D)</source>
        <translation>啟用(&amp;D)</translation>
    </message>
    <message>
        <source>New password for %1 (at least %2 characters):</source>
        <translation>%1 的新密碼（至少 %2 個字元）：</translation>
    </message>
    <message>
        <source>The same password again:</source>
        <translation>再輸入一次相同密碼：</translation>
    </message>
    <message>
        <source>The two passwords differ. Type them again.</source>
        <translation>兩次輸入的密碼不同，請重新輸入。</translation>
    </message>
    <message>
        <source>The new operator&apos;s name:</source>
        <translation>新操作人員名稱：</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>角色：</translation>
    </message>
    <message>
        <source>%1 was added as %2.</source>
        <translation>已新增 %1，角色為%2。</translation>
    </message>
    <message>
        <source>%1 can log in again.</source>
        <translation>%1 已可再登入。</translation>
    </message>
    <message>
        <source>Disable %1? They cannot log in until someone enables the account again; nothing of theirs is deleted.</source>
        <translation>停用 %1？在帳號重新啟用前無法登入；其資料不會刪除。</translation>
    </message>
    <message>
        <source>%1 is disabled.</source>
        <translation>%1 已停用。</translation>
    </message>
    <message>
        <source>%1 is enabled again.</source>
        <translation>%1 已重新啟用。</translation>
    </message>
    <message>
        <source>%1 has a new password: give it to them in person.</source>
        <translation>%1 已設定新密碼：請當面交給本人。</translation>
    </message>
    <message>
        <source>%1 has a new password: give it to them in person. A supervisor gives them access to personal data again.</source>
        <translation>%1 已設定新密碼：請當面交給本人。個資存取權須由主管重新授予。</translation>
    </message>
    <message>
        <source>New role for %1:</source>
        <translation>%1 的新角色：</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 現在的角色為%2。</translation>
    </message>
    <message>
        <source>%1 now has access to personal data.</source>
        <translation>%1 已取得個資存取權。</translation>
    </message>
</context>
<context>
    <name>cc::PhotoCropper</name>
    <message>
        <source>No photo yet.
F4: choose a photo file</source>
        <translation>尚無照片。
F4：選擇照片檔</translation>
    </message>
</context>
<context>
    <name>cc::ProduceSteps</name>
    <message>
        <source>Application recorded</source>
        <translation>申請已登錄</translation>
    </message>
    <message>
        <source>Encoding the chip</source>
        <translation>寫入晶片</translation>
    </message>
    <message>
        <source>Printing the card face</source>
        <translation>列印卡面</translation>
    </message>
    <message>
        <source>Card issued</source>
        <translation>卡片已發行</translation>
    </message>
    <message>
        <source>Card %1 is issued. Hand it over; F10 prints the receipt, Ctrl+N takes the next applicant.</source>
        <translation>卡號 %1 已發行，請交付申請人；F10 列印收據，Ctrl+N 服務下一位。</translation>
    </message>
    <message>
        <source>Card %1 was spoiled and went to the reject tray; put it aside for destruction.</source>
        <translation>卡號 %1 已作廢並送至退卡匣，請另置待銷毀。</translation>
    </message>
    <message>
        <source>No card was taken.</source>
        <translation>未取用卡片。</translation>
    </message>
    <message>
        <source>Ask a supervisor to book the delivery of blank cards.</source>
        <translation>請主管登記空白卡入庫。</translation>
    </message>
    <message>
        <source>Ask a supervisor.</source>
        <translation>請洽主管。</translation>
    </message>
    <message>
        <source>Check the card at the encoder and the reader in the devices panel (Ctrl+2), then F9 again.</source>
        <translation>請檢查寫卡位置的卡片與設備面板中的讀卡機（Ctrl+2），再按 F9。</translation>
    </message>
    <message>
        <source>Check the printer and the reader in the devices panel (Ctrl+2), then F9 again.</source>
        <translation>請在設備面板檢查製卡機與讀卡機（Ctrl+2），再按 F9。</translation>
    </message>
    <message>
        <source>%1 Then F9 again.</source>
        <translation>%1然後再按 F9。</translation>
    </message>
</context>
<context>
    <name>cc::PushBatch</name>
    <message>
        <source>The batch is larger than the limit.</source>
        <translation>這批資料超過大小上限。</translation>
    </message>
    <message>
        <source>A batch holds at most %1 events.</source>
        <translation>一批最多 %1 筆事件。</translation>
    </message>
    <message>
        <source>A batch holds at least one event.</source>
        <translation>一批至少要有一筆事件。</translation>
    </message>
    <message>
        <source>Expected an object.</source>
        <translation>此處應為物件。</translation>
    </message>
    <message>
        <source>Not a UUID.</source>
        <translation>不是 UUID。</translation>
    </message>
    <message>
        <source>Not a whole number.</source>
        <translation>不是整數。</translation>
    </message>
    <message>
        <source>Not a UTC time in ISO 8601 (…Z).</source>
        <translation>不是 ISO 8601 格式的 UTC 時間（…Z）。</translation>
    </message>
    <message>
        <source>An event type this centre does not know.</source>
        <translation>中央服務不認得的事件類型。</translation>
    </message>
    <message>
        <source>An object name is 1 to %1 characters.</source>
        <translation>物件名稱為 1 至 %1 個字元。</translation>
    </message>
    <message>
        <source>The events of a batch are consecutive (%1 follows %2).</source>
        <translation>同一批的事件序號必須連續（%2 之後是 %1）。</translation>
    </message>
    <message>
        <source>A batch is {&quot;station&quot;: …, &quot;events&quot;: […]}.</source>
        <translation>一批資料的格式為 {&quot;station&quot;: …, &quot;events&quot;: […]}。</translation>
    </message>
    <message>
        <source>An event has exactly id, seq, at, topic, object and payload.</source>
        <translation>每筆事件恰好包含 id、seq、at、topic、object 與 payload。</translation>
    </message>
    <message>
        <source>A payload has at most %1 fields, each a number, a boolean or a string of at most 256 characters.</source>
        <translation>事件內容最多 %1 個欄位，每個欄位為數字、布林值或最多 256 字元的字串。</translation>
    </message>
    <message>
        <source>Only the centre writes events of this type.</source>
        <translation>只有中心能寫入此類事件。</translation>
    </message>
</context>
<context>
    <name>cc::ReportsPage</name>
    <message>
        <source>Show (F5)</source>
        <translation>顯示 (F5)</translation>
    </message>
    <message>
        <source>Export table as &amp;CSV…</source>
        <translation>匯出表格為 CSV(&amp;C)…</translation>
    </message>
    <message>
        <source>Export report as &amp;PDF…</source>
        <translation>匯出報表為 PDF(&amp;P)…</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>自訂</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>本週</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>上個月</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>今年</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>週</translation>
    </message>
    <message>
        <source>Pe&amp;riod</source>
        <translation>期間(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>起日(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>迄日(&amp;T)</translation>
    </message>
    <message>
        <source>Sum &amp;by</source>
        <translation>加總單位(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Split by</source>
        <translation>分列依據(&amp;S)</translation>
    </message>
    <message>
        <source>Cards issued</source>
        <translation>發卡數</translation>
    </message>
    <message>
        <source>Replacements and lost cards</source>
        <translation>補發與掛失</translation>
    </message>
    <message>
        <source>Spoilage</source>
        <translation>報廢</translation>
    </message>
    <message>
        <source>Blank stock</source>
        <translation>空白卡庫存</translation>
    </message>
    <message>
        <source>Waiting time</source>
        <translation>等候時間</translation>
    </message>
    <message>
        <source>The reports are not available at this station.</source>
        <translation>本工作站無法使用報表。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起日</translation>
    </message>
    <message>
        <source>To</source>
        <translation>迄日</translation>
    </message>
    <message>
        <source>Reading the reports for %1…</source>
        <translation>正在讀取 %1 的報表…</translation>
    </message>
    <message>
        <source>%1: %2 on hand</source>
        <translation>%1：現有 %2 張</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n card(s) issued.</source>
        <translation>
            <numerusform>%1：共發卡 %n 張。</numerusform>
        </translation>
    </message>
    <message>
        <source>Blank cards run low, order more (%1).</source>
        <translation>空白卡即將不足，請補貨（%1）。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Show a report first.</source>
        <translation>請先顯示報表。</translation>
    </message>
    <message>
        <source>cannot write the table: %1</source>
        <translation>無法寫入表格：%1</translation>
    </message>
    <message>
        <source>Export table as CSV</source>
        <translation>匯出表格為 CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 檔案 (*.csv)</translation>
    </message>
    <message>
        <source>The table is saved as %1.</source>
        <translation>表格已儲存為 %1。</translation>
    </message>
    <message>
        <source>Export report as PDF</source>
        <translation>匯出報表為 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 檔案 (*.pdf)</translation>
    </message>
    <message>
        <source>The report is saved as %1.</source>
        <translation>報表已儲存為 %1。</translation>
    </message>
</context>
<context>
    <name>cc::RosterImportDialog</name>
    <message>
        <source>Row</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>欄位</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>Import the &amp;good rows</source>
        <translation>匯入正確的列(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Save the refused rows…</source>
        <translation>儲存退回的列(&amp;S)…</translation>
    </message>
    <message>
        <source>Roster %1 into batch %2</source>
        <translation>名冊 %1 匯入批次 %2</translation>
    </message>
    <message>
        <source>Save the refused rows</source>
        <translation>儲存退回的列</translation>
    </message>
    <message>
        <source>-refused.csv</source>
        <translation>-退回.csv</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Reading the roster…</source>
        <translation>讀取名冊中…</translation>
    </message>
    <message>
        <source>The roster cannot be read: %1</source>
        <translation>無法讀取名冊：%1</translation>
    </message>
    <message>
        <source>%1 rows read (%2): %3 imported, %4 refused.</source>
        <translation>讀取 %1 列（%2）：匯入 %3 列，退回 %4 列。</translation>
    </message>
    <message>
        <source>Nothing was imported: correct the rows and import the file again, or import the good rows and send the refused ones back.</source>
        <translation>未匯入任何資料：請更正後重新匯入，或只匯入正確的列並將退回的列送回。</translation>
    </message>
    <message>
        <source>The refused rows cannot be written to %1: %2</source>
        <translation>退回的列無法寫入 %1：%2</translation>
    </message>
    <message>
        <source>The refused rows are in %1, to send back.</source>
        <translation>退回的列已存於 %1，可送回對方。</translation>
    </message>
</context>
<context>
    <name>cc::SignedHotlist</name>
    <message>
        <source>The hotlist is larger than any this program reads.</source>
        <translation>停用卡清單超過本程式可讀取的大小。</translation>
    </message>
    <message>
        <source>Not a signed hotlist.</source>
        <translation>不是已簽章的停用卡清單。</translation>
    </message>
</context>
<context>
    <name>cc::SyncIndicator</name>
    <message>
        <source>○ Central service: not enrolled</source>
        <translation>○ 中央服務：未註冊</translation>
    </message>
    <message>
        <source>never</source>
        <translation>從未</translation>
    </message>
    <message>
        <source>● Online</source>
        <translation>● 連線中</translation>
    </message>
    <message>
        <source>○ Offline</source>
        <translation>○ 離線</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) waiting</source>
        <translation>
            <numerusform>待傳 %n 筆</numerusform>
        </translation>
    </message>
    <message>
        <source>last sync %1</source>
        <translation>最後同步 %1</translation>
    </message>
    <message numerus="yes">
        <source>⚑ %n open flag(s)</source>
        <translation>
            <numerusform>⚑ %n 件未處理的提醒</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cc::reader::ReaderManager</name>
    <message>
        <source>No reader has a card on it.</source>
        <translation>沒有任何讀卡機上有卡片。</translation>
    </message>
    <message>
        <source>No reader&apos;s name contains this.</source>
        <translation>沒有讀卡機的名稱包含此字串。</translation>
    </message>
    <message>
        <source>More than one reader matches; give more of the name.</source>
        <translation>有多台讀卡機符合；請提供更完整的名稱。</translation>
    </message>
</context>
</TS>
