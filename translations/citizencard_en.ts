<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Accounts</name>
    <message>
        <source>An operator name is 2 to 32 letters, digits, dots, dashes or underscores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A password needs at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A station ID is 1 to 32 letters, digits or dashes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A card number prefix is four digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This store is already set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operator name or the password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many wrong passwords: this operator is locked until %1. A supervisor can unlock it sooner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already an operator of this name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in first; the station is locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operator no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no operator of this name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow between 1 and 100 failed logins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A lockout lasts between 0 seconds and 7 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store was changed outside the program (%1), so nobody can log in until city IT has looked at it: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefixes 9000 to 9999 are kept for number blocks leased from the central service; give the station one below 9000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first admin and the first supervisor are two people: give them two names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admins never hold the key to personal data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This operator already has access to personal data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an operator who holds the key to personal data can give it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operator&apos;s keys do not open: the record was changed outside the program, or the store was made by a development version before schema 4 (make a new store with store init).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This operator is disabled. A supervisor (for clerks and mobile teams) or an administrator can enable it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the station&apos;s last enabled administrator: add another one first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own account is changed by another supervisor or administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This operator is already disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This operator is not disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This operator already has the role %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>locked until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the display name to 40 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use letters, not control characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Applicants</name>
    <message>
        <source>A stored value does not open: it was altered or copied from another record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such applicant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take or choose the applicant&apos;s photo first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application %1 is no longer waiting for its card: its photo stays as printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name or a card number to search for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application %1 is not waiting for its card at the counter: it cannot be withdrawn.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>The store has no station record; it was never set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 is missing: the log goes from entry %2 to entry %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 does not match its seal: it, or its place in the log, was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 is missing: the log ends at entry %2 but reached entry %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 was added outside the program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record of the last entry (%1) does not match the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log&apos;s keyed anchor is missing or does not match: the log or the station record was rewritten outside the program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1, the last one written by a logged-in operator, is missing or changed: the log was emptied, shortened or rolled back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 follows the last keyed entry (%2) and records a success that no logged-in operator sealed: it was added outside the program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log ends before the newest changes in the store (outbox %1, operators %2; the log&apos;s anchor knows %3 and %4): its newest entries were removed, or an older log was copied in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log is empty, but setting up the station wrote its first entries: it was emptied.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Barcodes</name>
    <message>
        <source>nothing to encode in the barcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot encode &quot;%1&quot; as %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchRun</name>
    <message>
        <source>The batch does not match its seal: it was changed outside the program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch is %1: its cards are made once a supervisor has approved it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card could not be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card %1 was left unfinished (%2); run card recover before going on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Put it right, then produce the batch again: it goes on with this card.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Batches</name>
    <message>
        <source>A batch needs a label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such batch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an open batch can be submitted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the batch is rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a submitted batch can be decided; this one is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A label is one line of at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A roster batch is of one card type; give it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disability and companion cards need the applicant&apos;s consent, taken at the counter or by a mobile team, not from a roster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A school roster makes student cards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch is %1; it can no longer be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch has no such application waiting for production.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch has no applications to submit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Four eyes: a batch is decided by a supervisor who did not make it or change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch makes %1s only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the application leaves the batch: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application is in batch %1, which is %2: its cards are made once a supervisor has approved it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1 has no issued card to hand over yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1 changed since you looked at it: look at its applications again, then decide.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardChannel</name>
    <message>
        <source>The card gave no answer (was it moved off the reader?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card keeps announcing more data (status %1) beyond the longest answer a card may give.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardIdentity</name>
    <message>
        <source>The card refused the command (status %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the UID</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardNumber</name>
    <message>
        <source>A card number prefix is four digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card number sequence of prefix %1 is exhausted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A card number has 16 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check digit does not match: the number was mistyped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardState</name>
    <message>
        <source>lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>converted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>death</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moved away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blocked (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardTemplate</name>
    <message>
        <source>unknown value &quot;%1&quot;; expected one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a colour; use #rrggbb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the element reaches past the card&apos;s edge (%1 × %2 mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a barcode needs a &quot;field&quot; to encode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give exactly one of &quot;field&quot; and &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown template format &quot;%1&quot;; expected &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the template: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardTypes</name>
    <message>
        <source>General card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Senior card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disability card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Companion card</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cards</name>
    <message>
        <source>There is no such application.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Carriers</name>
    <message>
        <source>EasyCard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iPASS</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CentralPolicies</name>
    <message>
        <source>The city&apos;s policy kept in the store was changed outside the program.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CentralRegistry</name>
    <message>
        <source>No household registry is connected: record the documents you saw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry cannot be asked through the central service (%1). Record the documents you saw: the application is re-checked when the centre is back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangesPage</name>
    <message>
        <source>The page is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A page is {&quot;changes&quot;: […], &quot;next&quot;: …}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More changes than a page holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A change has station, topic, object and payload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A change names its station and object.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChipProfile</name>
    <message>
        <source>This card is %1; the %2 profile cannot write it. Use a card of the right kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This card already carries card number %1. Re-personalising it needs an explicit overwrite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the card back did not give the record just written: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChipRecord</name>
    <message>
        <source>The expiry date must be a date on or after the issue date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dates must have four-digit years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A station ID on the chip is 1 to %1 letters, digits or dashes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record is %1 bytes; %2 were expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record version %1 is not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card type code %1 is not known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record&apos;s fields do not parse.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChipRecordCodec</name>
    <message>
        <source>The record is %1 bytes; %2 were expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chip holds no record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record&apos;s MAC does not verify: the record is incomplete, altered, or was written with other keys.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClassicProfile</name>
    <message>
        <source>loading a key into the reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading block %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing block %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sector %1 opens with neither the transport key nor this key file&apos;s keys. Is it another city&apos;s card, or the wrong key file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sector holds data but still has the transport key: the personalisation did not finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sector&apos;s key B is not this key file&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sector %1, blocks %2–%3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>validate national ID numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decide which card types a registry record qualifies for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: citizencard-cli COMMAND [OPTIONS]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run citizencard-cli COMMAND --help for the options of one command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit codes: 0 ok, 1 the answer is no or invalid, 2 usage or input error, 3 device or I/O failure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>citizencard-cli: unknown command &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: citizencard-cli %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run with --help for usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned: none; not eligible for any personal card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): eligible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): not eligible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[valid until %1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[no expiry]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[pass]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[fail]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry record JSON file; - for standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application date (default: today in Asia/Taipei).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy file overriding the shipped defaults.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the decision as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--record is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the results as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National ID numbers to check; - reads them from standard input, one per line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give at least one ID number to check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eligible: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>Separator between the card types listed after &quot;Eligible:&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Born: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applications: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The station store file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your operator name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The applicant&apos;s ID number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--id NATIONAL_ID is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No applicant with this ID number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many applicants.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed for the made-up data (default: the clock).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--count must be a number from 1 to 10,000,000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seeded %1 of %2 applicants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 applicants with applications in %2 s (%3 per second).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your operator name (an admin or supervisor).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new operator&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clerk, mobile, supervisor or admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--role must be clerk, mobile, supervisor or admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password for %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added operator %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check a store&apos;s integrity, schema, card numbers and audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add an operator (clerk, mobile, supervisor, admin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>find an applicant by ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verify the audit log&apos;s chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add made-up applicants for demos and benchmarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--db PATH is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--user USER is required: this reads personal data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The city&apos;s code for this station.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first admin&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The four-digit card number prefix assigned to the station (default: the station ID, when it is four digits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The station ID is not four digits: give the card number prefix with --card-prefix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the store %1 for station %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card numbers: %1 onwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin: %1. A password check costs about %2 ms (scrypt N=%3, r=%4, p=%5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store %1: schema version %2, %3 audit entries, %4 card numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PROBLEMS FOUND: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log is intact: %1 entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log is broken at entry %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look one up: citizencard-cli applicant find --db %1 --user %2 --id %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reader: its name or a unique part of it (default: the only reader with a card).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The city key file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The smart card service did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--keys KEYFILE is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase for %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card number: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card type: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuing station: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a date as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No readers are connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>card present (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>desfire (default) or classic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>general, student, senior, disability or companion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue date, YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiry date, YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuing station ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-personalise a card that already carries a record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--profile is desfire or classic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--type is general, student, senior, disability or companion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personalised the %1 card %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read back and verified (%1 APDUs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record&apos;s MAC verifies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card is blank: it carries no city record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card is incomplete: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to write the key file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DESFire application id, 6 hex digits (default F0C1C1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AN10922 system identifier, 1 to 21 characters (default CITIZENCARD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MIFARE Classic sector, 1 to 15 (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out KEYFILE is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase for the new key file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote new city master keys to %1. Keep a copy in the city&apos;s safe: cards written with these keys can only be verified with them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the card readers and whether a card is on each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the UID and kind of the card on a reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the city record to a card&apos;s chip and verify it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read a card&apos;s chip and check its record&apos;s MAC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>make a new key file of city master keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>render card faces from a CSV as PNG files or one PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the card printers and their state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print card faces from a CSV on a printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card face template (JSON).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipped template for this card type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>easycard or ipass (default easycard).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV with a header of the template&apos;s field names; a photo column holds image paths, relative to the CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give exactly one of --template FILE and --type T.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--data CSV is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A directory for PNG files, or a file ending in .pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG resolution (default 300).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--dpi must be between 72 and 1200.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out DIR|FILE.pdf is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n card(s) to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No printers. Add a print queue, or name direct printers in CITIZENCARD_PRINTERS (e.g. evolis://192.168.1.20:9100).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A print queue, evolis://HOST:PORT, evolis:/dev/FILE, or proof:DIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--printer NAME is required; see &quot;printers list&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>book a delivery of blank cards into stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The carrier: easycard or ipass.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many blank cards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The delivery note&apos;s number or a remark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--carrier must be easycard or ipass.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--count must be a whole number above 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 blank %2 cards booked into stock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a second row without a card number (the first is row %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>card number %1 is repeated (first in row %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked without a login (--user USER): the seals of the station and operator records and the audit log&apos;s keyed anchor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The records are JSON Lines, one per line; print one JSON answer per line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no access to personal data until a supervisor grants it: citizencard-cli operator grant --db %2 --user SUPERVISOR --name %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your operator name (a supervisor).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 now has access to personal data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create a station store with its first admin and supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give an operator an admin added access to personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first supervisor&apos;s name: the first operator with access to personal data (admins have none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--db, --station, --admin and --supervisor are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--admin and --supervisor are two people: give them two names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor: %1, the one operator with access to personal data for now; the clerks a supervisor adds have it at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>produce a card as the counter&apos;s F9 does: encode, print, issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolve the cards a crash left unfinished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card printer (evolis://HOST:PORT, proof:FOLDER or a system queue).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encoder&apos;s reader: its name or a unique part of it (default: the only reader).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chip profile: desfire (default) or classic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--printer PRINTER is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>card %1: issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>card %1: spoiled (%2); put it aside for destruction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>card %1: cancelled, no card was used (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A walk-in: the applicant&apos;s ID number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry fixture to look the applicant up in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The applicant&apos;s photo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card type (default: the one eligibility assigns).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The applicant consents to the use of disability data (disability and companion cards).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--registry PATH is required with --id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--photo FILE is required with --id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry has no person with this ID number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown card type &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The applicant is eligible for no card type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photo cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photo is not an image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An application already recorded (a replacement, a conversion, or a card whose production failed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The blank card: easycard (default) or ipass.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>card produce --db PATH --user USER --keys KEYFILE --printer PRINTER (--application ID | --id NATIONAL_ID --registry PATH --photo FILE) [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either --application ID or --id NATIONAL_ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--application takes an application number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown carrier &quot;%1&quot;: easycard or ipass.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application %1 stays recorded: card produce --application %1 produces it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>card recover --db PATH --user USER --keys KEYFILE --printer PRINTER [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was left unfinished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enrol this station with the central service (once)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>how many events wait and when the centre was last reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your operator name (an admin).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central service&apos;s address, https://HOST:PORT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The one-time code from the centre&apos;s administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The city&apos;s station CA certificate (PEM).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--central, --code and --ca are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the CA file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station enrolled with %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The station is not enrolled: run citizencard-cli station enrol first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sync with the central service now: send, re-check, receive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the centre&apos;s signed hotlist of blocked cards, for partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check a hotlist&apos;s signature and contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events waiting: %1; the centre holds through event %2; open flags: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write (and FILE.sig).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the cards blocked after this version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out FILE is required; --since is a version (0 or more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hotlist version %1 (%2 cards) written to %3 and %3.sig.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hotlist file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its signature (default: FILE.sig).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The centre&apos;s public hotlist key (PEM).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--list and --key are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature does not match: the list was changed or was not signed by this key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature valid: hotlist version %1, %2 cards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A policy file (default: the one the city published through the centre, else the built-in one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--batch ID is required: the batch&apos;s number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created by %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed by: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided by %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applications: %1, issued: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WARNING: the batch does not match its seal; it was changed outside the program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why, for the record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1 is now %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mobile-session, village-collection, school-roster or agency-roster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the batch is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card type a roster makes (student for a school).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--kind is mobile-session, village-collection, school-roster or agency-roster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--card-type is general, student, senior, disability or companion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1 created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The roster (CSV).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auto (default), utf-8 or big5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A JSON file naming the roster&apos;s headers for each field (docs/rosters.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the rows that pass; by default one bad row stops the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the refused rows, with what is wrong, to this CSV to send back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A policy file (default: the city&apos;s published one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry fixture an agency roster&apos;s people are looked up in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--file CSV is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the refused rows: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows read (%2), %3 imported, %4 refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported. Correct the rows, or give --good-rows to import the others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only batches in this state (open, submitted, approved, rejected, in-production, completed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--status is open, submitted, approved, rejected, in-production or completed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No batches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SEAL BROKEN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open a batch: mobile session, village collection or roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import a school&apos;s or agency&apos;s roster into a batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the batches and their state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show one batch: who made, changed and decided it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send a batch for a supervisor&apos;s approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approve a batch you had no part in (four eyes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send a batch back, saying why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>make an approved batch&apos;s cards one after another</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When a card fails: stop (default), skip it (it waits for the next run), or retry it up to --retries times and then skip it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tries after a failure with --on-failure retry (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch produce --db PATH --user USER --keys KEYFILE --printer PRINTER --batch ID [--on-failure stop|skip|retry] [--retries N] [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--on-failure is stop, skip or retry; --retries a number of tries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 done, %3 issued, about %4 s left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1: %2 of %3 issued, %4 spoiled, %5 skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  application %1 waits: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left by an interrupted run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF file to write the hand-over list to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--pdf FILE is required: where to write the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Hand-over list of batch %1: %n card(s), written to %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>write the list a school or village chief signs for its cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the operators: role, locked, disabled, data access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>let a locked-out operator log in again now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stop an operator from logging in (nothing is deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>let a disabled operator log in again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give an operator who forgot their password a new one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change an operator&apos;s role (admins only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operator to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your operator name (a supervisor for clerks and mobile teams, else an admin).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your operator name (a supervisor or admin).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waits for access to personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 can log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is disabled and cannot log in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is enabled again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a new password; give it to them in person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has the new role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set the name an operator signs receipts with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set the office name, address and phone receipts print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name receipts are signed with (empty: the operator name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 signs receipts with the new name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office&apos;s name, as receipts print it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office&apos;s address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office&apos;s phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipts now name the office %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cards issued by type, carrier, channel or operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blank cards on hand, their rate of use and days left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blank cards spoiled, by reason, and the spoilage rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time from application to hand-over: median, 90th percentile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your operator name (a supervisor or the admin).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first day (default: 29 days before --to).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last day (default: today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the report&apos;s table as CSV (UTF-8 with BOM).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sum issued cards by day, week or month (default: day).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell issued cards apart by type, carrier, channel or operator (default: type).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A policy file whose stock thresholds to apply (default: the city&apos;s published one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give --json or --csv, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--grain is day, week or month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--by is type, carrier, channel or operator.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandReader</name>
    <message>
        <source>a command must start with ESC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a command does not end within %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a command has no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a bitmap download&apos;s header is malformed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compressed downloads are read for the k and o panels at 2 levels only, not &quot;%1&quot; at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a compressed panel of %1 bytes is not possible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>panel &quot;%1&quot; cannot be downloaded at %2 levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bitmap data is not followed by CR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stream ends inside the command at byte %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the compressed panel ends at line %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1 says it has %2 bytes; a line has %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1 ends before its %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes follow the panel&apos;s last line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a panel download</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Counter</name>
    <message>
        <source>There is no card with this number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry facts are for another ID number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not eligible for a %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the applicant&apos;s consent to the use of disability data first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The applicant already holds the active card %1 (%2). Use a replacement or a type conversion instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card %1 is %2; it cannot be replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card %1 is %2; it cannot be converted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card already is a %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card %1 is already %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This card is already linked as card %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The production attempt was changed elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This applicant is already in this batch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This applicant already has an application waiting at the counter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This applicant is already waiting in batch %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1 is a %2 and %3: applications are collected one by one only into an open mobile-team session or village collection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-application %1 was already made into application %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-application %1 was made by another person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The household registry answered for %1: documents stand in for it only when it cannot be asked. A supervisor can take the documents over its answer, with a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A waived fee needs the reason it is waived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The station holds no applicant with this ID number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CounterDesk</name>
    <message>
        <source>No application to produce.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The face was not printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card %1 is not reported lost: there is nothing to prove.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Crypto</name>
    <message>
        <source>the %1 key derivation is not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 key derivation failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AES-256-GCM needs a 32-byte key and a 12-byte nonce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AES-256-GCM encryption failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AES-256-GCM needs a 32-byte key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the encrypted value is truncated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AES-256-GCM decryption failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value does not decrypt: wrong key, or the data was altered or moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AN10922 AES-128 diversification needs a 16-byte key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the diversification input must be 1 to 31 bytes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <source>the file is not UTF-8 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column %1 of the header is empty or repeated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this row has %1 fields; the header has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text after a closing quote; double a quote inside a quoted field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quoted field is not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty; expected a header row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DayClose</name>
    <message>
        <source>A day is signed off once it has come.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count the %1 blank cards first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A count cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has already signed off this day.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DesfireCommands</name>
    <message>
        <source>The card answered %1, not a DESFire status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card refused DESFire command %1 with status 91%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card did not prove it holds the key (its answer does not match).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DESFire session is not authenticated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The MAC on the card&apos;s answer is missing or does not verify.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DesfireProfile</name>
    <message>
        <source>application %1, backup data file %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card&apos;s city application has keys that are neither new nor derived from this key file. Is it another city&apos;s card, or the wrong key file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application still has its factory keys: the personalisation did not finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record file is missing or unreadable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application master key was not changed: the personalisation did not finish.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DevicesModule</name>
    <message>
        <source>The devices are still starting; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The devices are already loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The devices module could not be loaded (%1). Reinstall the program or ask IT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not the citizencard devices module (no %1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EligibilityEvaluator</name>
    <message>
        <source>recorded as deceased in the registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recorded as deceased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registered resident of the city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a registered resident of the city (never registered or moved out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aged %1 on %2; general cards start at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spouse of a resident with a residence permit valid until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enrolled at a university in the city until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a registered resident, and no spouse residence permit or university enrolment that the policy admits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no school enrolment on record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected to graduate on %1, before %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enrolled at %1 level, which student cards do not cover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enrolled at %1 level until %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aged %1; indigenous residents qualify from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aged %1; senior cards start at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no disability certificate on record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disability certificate with no re-assessment date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disability certificate valid until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disability certificate expired on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eligible for a disability card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not eligible for a disability card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate carries the companion-needed mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate does not carry the companion-needed mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the application date %1 is outside the years this program handles (%2–%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the birth date %1 is after the application date %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EligibilityPolicy</name>
    <message>
        <source>unknown school level &quot;%1&quot;; expected elementary, junior, senior or university</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown card type &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the companion card is never assigned as a personal card and cannot be in the priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must list each of disability, senior, student and general exactly once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>senior.indigenousMinAge (%1) must not be above senior.minAge (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the policy file does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the policy is larger than any this program reads</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnrolRequest</name>
    <message>
        <source>The request is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a station ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not an enrolment code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a holder key.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Enrolment</name>
    <message>
        <source>The central service returned a certificate that is not this station&apos;s (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ev2Session</name>
    <message>
        <source>The encrypted data is not whole blocks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decrypted data is not padded right.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvolisPrinter</name>
    <message>
        <source>The ribbon is used up or missing: put in a new ribbon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card feeder is empty: load blank cards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A card is jammed: open the printer and remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer&apos;s cover is open: close it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer reported an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the printer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot reach the printer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the printer closed the connection: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the printer did not answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A card waits at the encoder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the printer&apos;s reply is longer than %1 bytes without an end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer cannot do that now (no card inside?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the printer refused %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>firmware %1, serial %2, ribbon %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FaceRenderer</name>
    <message>
        <source>cannot read the image %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the card face needs a value for &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no image file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an image this program can read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value holds a control character (U+%1), such as a line break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the card expires (%1) before it is issued (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the barcode&apos;s box is too small for this value: its modules would be %1 mm, and scanners need at least %2 mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the image given is not one this program can read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FixtureRegistry</name>
    <message>
        <source>The registry fixture does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON at offset %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ID number appears twice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Flags</name>
    <message>
        <source>One person holds two active personal cards: %1 (%2, station %3) and %4 (%5, station %6). Cancel or block one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-check failed for application %1 (%2): the registry does not confirm the documents recorded offline. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag %1 is of a kind this program does not know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the flag is resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no open flag %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandOverPrinter</name>
    <message>
        <source>The printer could not start the page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer could not start a page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand-over list: batch %1 &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 · station %2 · %3 · %n card(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Handed over by (office, %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received by (school, village chief or agency)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hand-over list could not be printed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InputLimits</name>
    <message>
        <source>the input is longer than %1 KiB, more than such a file can be</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Issuance</name>
    <message>
        <source>No blank %1 cards are left in stock. Book a delivery into stock first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take or choose the applicant&apos;s photo first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such production attempt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The production attempt was changed elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer did not print the card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted before a blank card was taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted; the card&apos;s state cannot be confirmed. Put the card aside as spoiled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card at the encoder does not carry this card&apos;s record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted before the printer fed a card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted while the card was in the printer; it left the printer unconfirmed. Put it aside as spoiled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted while the card was in the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no printed card with this number (a linked card has no face of ours).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card %1 is %2; its face cannot be reprinted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A card waits at the encoder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encoder cannot say whether a card waits at it: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonFields</name>
    <message>
        <source>this field is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key; expected one of: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be between %1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a date as a string YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a list of strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON at byte %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a list of objects</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyBox</name>
    <message>
        <source>the key box derivation failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an X25519 private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an X25519 key is 32 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the X25519 key agreement failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key box is truncated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key box does not open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyFile</name>
    <message>
        <source>The application id is 3 bytes and not 000000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system identifier is 1 to 21 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The MIFARE Classic sector is 1 to 15.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A key file passphrase has at least 12 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file is already there; a key file is never overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no key file here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not a citizencard key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key file version %1 is newer than this program understands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase is wrong, or the key file was altered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The master key &quot;%1&quot; is missing or not 16 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card keys are locked; unlock the key file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A card UID is 4, 7 or 10 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scrypt N must be a power of two from 2 to 2^20</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scrypt r must be from 1 to 32</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scrypt p must be from 1 to 16</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the scrypt cost N·r·p is too high (at most N·r = 2^21 and N·r·p = 2^22)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LocalDevices</name>
    <message>
        <source>There is no chip profile called %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key file is configured: start the program with --keys FILE to encode chips.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No card printer is chosen: choose one in the devices panel.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>No household registry is connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citizen card counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase of the city&apos;s key file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The devices could not be opened:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This station has no store yet at %1. The city&apos;s IT sets it up with: citizencard-cli store init --db %1 --station ID --admin USER --supervisor USER (docs/install.md), or start the program with --db PATH.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Counter (Ctrl+1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices (Ctrl+2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags (Ctrl+3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batches (Ctrl+4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operators (Ctrl+5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End of day (Ctrl+6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports (Ctrl+7)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NationalId</name>
    <message>
        <source>no ID number was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an ID number has 10 characters, this one has %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first character must be a letter A–Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>characters 3 to 10 must be digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the second character must be 1, 2, 8, 9 or a letter A–D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the check digit does not match; a character was probably mistyped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>citizen ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resident certificate (new format)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resident certificate (old format)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfflineEvidence</name>
    <message>
        <source>National ID card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household registration transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resident certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disability certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indigenous status record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enter the birth date shown on the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record at least one document you have seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enter the document&apos;s number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose the permit&apos;s category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enter the date the permit ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose the school level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enter the expected graduation date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foreign spouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mainland spouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hong Kong or Macau spouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No companion mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Companion needed (marked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keep the school&apos;s name to %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfflineLimits</name>
    <message>
        <source>This station has not reached the central service for %1 days (the limit is %2): no new card until it syncs. Connect the station and wait for &quot;Online&quot; in the status bar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 events wait to be sent to the central service (the limit is %2): no new card until the station syncs.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaperPrinters</name>
    <message>
        <source>There is no system printer for paper. Choose one in the devices panel.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pcsc</name>
    <message>
        <source>The smart card service had an internal error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operation was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the smart card service is no longer valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The smart card service refused a parameter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reader&apos;s start-up information is inconsistent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The smart card service ran out of memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The smart card service waited too long for the reader.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card&apos;s answer was larger than expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no reader by that name. Check the cable and the reader list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reader did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another program is using the card. Close it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no card on the reader. Place the card and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card is of a kind the reader does not know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reader could not release the card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card does not speak a protocol the reader offers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reader or the card is not ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The smart card service refused a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system cancelled the operation (log-off or shutdown).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the smart card service (pcscd) broke.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The smart card service reported an unknown error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card&apos;s answer to reset is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card stopped answering (was it moved off the reader?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reader is not available. Check its cable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operation stopped because the program is shutting down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The protocol control buffer was too small.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reader&apos;s driver does not support what was asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two readers have the same name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card is not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The smart card service (pcscd) is not running. Start it, or ask IT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The smart card service (pcscd) stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The smart card service reported an unexpected failure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No primary provider is installed for the card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The requested object creation order is not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card has no such directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card has no such file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The path is not a directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The path is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access to the file is denied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card is full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card could not move its file pointer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PIN is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resource manager returned an unknown error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card has no such certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No card reader is connected. Plug in the reader or card printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data was lost talking to the card. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key container does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The smart card service is too busy. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reader cannot talk to this card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card does not answer. Place it flat on the reader.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card is not powered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card was reset by another program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card was removed from the reader.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access was denied for security reasons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PIN was wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PIN is blocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end of the card&apos;s file was reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No PIN was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The smart card service failed with code %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfFaceWriter</name>
    <message>
        <source>unknown card type &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown carrier &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the PDF: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no card to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the image: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreApplication</name>
    <message>
        <source>Not a pre-application code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a station ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not an ID number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is empty or too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a card type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a carrier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a UTC time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreApplications</name>
    <message>
        <source>No pre-application %1 has reached this station: it may be for another office, or the station has not synchronised since it was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-application %1 has not been fetched from the centre yet: it will be with the next synchronisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pre-application kept in the store is not the one its code names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-application %1 was already made into an application.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrinterAdvice</name>
    <message>
        <source>Change the ribbon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load blank cards into the feeder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the cover, take out the stuck card, put it aside for destruction and close the cover.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the printer&apos;s cover.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Printers</name>
    <message>
        <source>give an Evolis printer as evolis://HOST:PORT or evolis:/dev/FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give a directory: proof:DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no print queue by that name; see &quot;printers list&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the printer&apos;s port must be a number from 1 to 65535</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Production</name>
    <message>
        <source>There is no such application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application is %1; no card can be produced for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card number sequence of prefix %1 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProofPrinter</name>
    <message>
        <source>The proof directory %1 is not writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A proof printer has no encoder station.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the proof directory</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceiptPrinter</name>
    <message>
        <source>no expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receipt printer could not start the page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citizen card application receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I consent to the city using my disability certificate data to issue and operate this card, for this purpose only, as the Personal Data Protection Act allows. I may withdraw this consent at any district office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The city uses the data on this receipt to issue and operate this card, for this purpose only, as the Personal Data Protection Act allows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receipt could not be printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 waived: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card %1 is reported lost and blocked: it can no longer be used, here or by the city&apos;s partners. Keep this proof. A replacement card can be made at any district office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicant&apos;s copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citizen card lost report: proof</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, printed again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Receipts</name>
    <message>
        <source>Keep it to %1 characters: it is printed on every receipt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use one line, without control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the office&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A receipt names a card number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no receipt %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receipt was not kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Recheck</name>
    <message>
        <source>The registry has no such person.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegistryEntry</name>
    <message>
        <source>the card needs the person&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;found&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegistryRecord</name>
    <message>
        <source>the certificate number is empty</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportCharts</name>
    <message>
        <source>Blank cards spoiled by reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportPdf</name>
    <message>
        <source>cannot write the report: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>station %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made %1 by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot start the PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportTables</name>
    <message>
        <source>Card type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cards issued by card type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cards issued by carrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cards issued by channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cards issued by operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>card jammed in the printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ribbon ran out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>printer cover opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>card taken off the encoder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chip did not read back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chip refused a command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong kind of blank card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blank card with foreign keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blank card already used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>device failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>device did not answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replacements, conversions and lost cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled (death, moving away)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blank cards spoiled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of spoiled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spoiled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used for cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spoilage rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blank cards in stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>order more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From application to hand-over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>90th percentile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>device held by another program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no blank card in the feeder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no card on the encoder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used and spoiled in the period</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>walk-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mobile team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pre-application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A report needs a first and a last day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last day (%1) is before the first (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A report covers at most ten years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RocDate</name>
    <message>
        <source>no date was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a date; type it as 115/11/21, 民國115年11月21日 or 2026-11-21</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ROC year must be 1 or later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the year %1 is out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the month must be between 1 and 12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>that month has %1 days; day %2 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a date as YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a calendar date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is outside the years this program handles (%2–%3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Clerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>take applications and look up applicants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>produce cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report cards lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancel cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open and submit batches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approve batches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>book blank cards into stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manage clerks and mobile-team operators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give access to personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manage supervisors and administrators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the station&apos;s settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolve flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may not %2. Who may: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sign off the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the station&apos;s reports</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RosterImport</name>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a school or agency roster batch takes a roster file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch has no card type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An agency roster is checked against the household registry, which cannot be asked now. Import it when the station is online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already holds the active card %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already in this batch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already has an application waiting at the counter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already waiting in batch %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The household registry could not be asked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The household registry has no such person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The household registry has the birth date %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not eligible for a %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch does not match its seal: it was changed outside the program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch is %1; it can no longer be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The household registry spells the name %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rosters</name>
    <message>
        <source>The file is not UTF-8 text. Export it again as UTF-8, or give its encoding (Big5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This system cannot read Big5 text (Qt was built without ICU).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is neither UTF-8 nor Big5 text. Export it again as UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cell is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name holds a line break or a control character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name holds a self-made character (造字) that other systems cannot show; enter it at the counter instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a school&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a school level; write 國小, 國中, 高中, 高職 or 大學, with the grade after it if you like.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The expected graduation is not after the birth date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a roster field; the fields are nationalId, name, birthDate, school, level and expectedGraduation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a list of the header names for this field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an encoding; give auto, utf-8 or big5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The roster has %1 rows; split it into files of at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The roster has no column %1. Name the columns as docs/rosters.md says, or give a mapping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already on row %2 of this file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RowReader</name>
    <message>
        <source>The store holds a value this program does not know (&quot;%1&quot;): the row was written by something else.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolLevels</name>
    <message>
        <source>expected one of: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>elementary school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>junior high school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>senior high school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>university</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Seals</name>
    <message>
        <source>The record does not match its seal: it was changed outside the program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store has no station record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such operator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such batch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record has no seal: it was made outside the program or by a version that did not seal it yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Log in first; the station is locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This operator has no access to personal data: admins never have it, and an operator an admin added gets it when a supervisor grants it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Signing</name>
    <message>
        <source>A signing key could not be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not an Ed25519 private key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list could not be signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not an Ed25519 public key.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpoolerPrinter</name>
    <message>
        <source>The print queue %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The print queue %1 reports an error or is stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A printer behind the print queue cannot hold a card at an encoder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The print queue %1 refuses the ID-1 page size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The print queue %1 does not accept the job.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The print queue %1 failed the job.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>States</name>
    <message>
        <source>received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mobile-team session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>village-chief collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>school roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agency roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replacement (lost)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replacement (damaged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type conversion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>own card linked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stock</name>
    <message>
        <source>Receive between 1 and 100,000 cards at a time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>The store has no station yet; run &quot;store init&quot; first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file is already there; a new store needs a new file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no store at this path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be opened as a citizencard store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver is not installed (package libqt6sql6-sqlite).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store could not be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store could not switch to write-ahead logging.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store has schema version %1, but this program knows versions up to %2. Use a newer version of citizencard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start a transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A statement was run on another thread&apos;s connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A statement was refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A statement failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not a citizencard store (empty, or another kind of file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store file is damaged (%1): restore it from the last backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an earlier statement found a damaged page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store file is damaged (%1), so nothing more is written to it. Stop work at this station, run store check and restore the last backup.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoreCheck</name>
    <message>
        <source>SQLite integrity: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 row %2 refers to a missing %3 row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schema version is %1; expected %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: card number %2 is used more than once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: card number %2 is not valid (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: card number %2 is not below the next number of its sequence; it could be handed out again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>production_attempts row %1 (%2): %3 blank cards used and %4 spoiled are booked; expected %5 and %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blank stock of %1: %2 cards on hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blank_stock_levels row %1: the running balance (%2 on hand) does not match the movements (%3 on hand).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncLinks</name>
    <message>
        <source>The link to the central service was changed outside the program; enrol the station again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in first; the station is locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record of the last contact with the central service was changed outside the program.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncPull</name>
    <message>
        <source>The policy the centre sent is not the one it announced.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncPush</name>
    <message>
        <source>The central service holds this station&apos;s events up to %1 and takes none after it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncWorker</name>
    <message>
        <source>This station is not enrolled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync starts when an operator logs in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TlsKeys</name>
    <message>
        <source>A key pair could not be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate request could not be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cc</name>
    <message>
        <source>The central service refused this station (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central service is not available (%1); sync tries again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central service did not accept the request (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central service cannot be reached (%1); sync tries again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central service&apos;s address is https://HOST:PORT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS could not be set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card %1 was issued at station %2 and is in use there; it cannot be linked, replaced or reprinted here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central service&apos;s answer cannot be read; sync tries again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card %1 is %2 (reported at station %3): refused here as at every station.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cc::ApplicantFinder</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name in Latin letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Born</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find an applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, name in Latin letters, or card number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter searches; Enter on a match takes it to the counter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody at this station has that name or card number. People recorded before this version are found by ID number until their record is next written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n applicant(s) found.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cc::BatchDeskPage</name>
    <message>
        <source>eligibility from documents: re-check pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>card valid only until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Born</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To look at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batches are kept by clerks, mobile teams and supervisors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n batch(es) waiting for a decision</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>seal broken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A supervisor approves or rejects batches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This batch was changed outside the program; it cannot be decided. Tell the city&apos;s IT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This batch is %1; only a submitted batch is decided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You made or changed this batch: another supervisor decides it (four eyes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the applications, then approve the batch or send it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Approve batch %1 &quot;%2&quot; with %n application(s) for production?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Reject batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is batch %1 sent back? The one who made it reads this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Produce…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ubmit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved: load the printer with blank cards, then Produce (Alt+P).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cards are made by clerks, mobile teams and supervisors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still open: Submit (Alt+U) sends it for a supervisor&apos;s decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New batch…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import roster…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The school&apos;s or agency&apos;s roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rosters (*.csv *.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still open and empty: import the roster (Alt+I).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still open and empty: collect applications at the counter (Ctrl+B there).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cc::BatchProductionDialog</name>
    <message>
        <source>taking a blank card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing the chip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>printing the face</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording the card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spoiled: the card went to the reject tray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no card taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hand-over list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Producing batch %1 &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;kip this card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>St&amp;op the run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Blank cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pausing after this card…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the blank cards, then Start (Alt+S).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A card is being made: the run pauses after it, then the window can be closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Producing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 issued, %3 spoiled, %4 skipped in this run; about %n s left</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card failed (try %1): %2
Put the spoiled card aside. Try again (Alt+T), skip it for the next run (Alt+K) or stop the run (Alt+O).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This run: %1 issued, %2 spoiled, %3 skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) left by an interrupted run were resolved first.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused: Start (Alt+S) goes on with the next card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch is complete: print the hand-over list (Alt+H).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing the hand-over list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hand-over list was printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run waits for your choice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cc::CameraDialog</name>
    <message>
        <source>Take the photo (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The applicant&apos;s photo from the camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the camera…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look into the camera; the crop frame comes next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No camera is connected: choose a photo file (F4) instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The camera does not work: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No picture from the camera yet: wait for it, or press Esc.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cc::CardPreview</name>
    <message>
        <source>The card appears here once the applicant, the type and the photo are set.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cc::CardsPanel</name>
    <message>
        <source>Card number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report &amp;lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replacement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Con&amp;vert type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel card (Alt+X)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lin&amp;k own card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;print face</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no expiry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cc::CollectBatchPicker</name>
    <message>
        <source>Collect into (Ctrl+B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No batch: produce the card here</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 &quot;%2&quot; (%3, %n application(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>New session batch…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New session batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the session (place and date), e.g. Daxi district market 12/2:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cc::CounterController</name>
    <message>
        <source>Asking the registry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry cannot be asked: %1
F3 records the documents the applicant shows instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in the household registry of this city. If the applicant shows documents, F3 records them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2
Born %3 (age %4)
%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: documents seen offline — re-check pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: household registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The applicant is eligible for no card type: the reasons are under 3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look up the applicant first (F2), or record their documents (F3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a card type the applicant is eligible for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This card type uses sensitive data: record the applicant&apos;s consent (Alt+S).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the applicant&apos;s photo first (F4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receipt is printed: the applicant signs it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cards left unfinished by the last session could not be resolved: %1 Check the devices (Ctrl+2) and log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>card %1: finished and issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>card %1: spoiled (%2); put it aside for destruction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>card %1: cancelled, no card was used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cards left unfinished by the last session: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card %1 is cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The face of card %1 is printed again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening pre-application %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card %1 is already made for this applicant. F10 prints the receipt; Ctrl+N takes the next applicant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card %1 is blocked as lost, but its proof could not be printed: %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card %1 is blocked as lost; the applicant takes the printed proof.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fee NT$%1 waived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fee NT$%1 paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replacement of card %1 recorded, %2. F9 produces the new card with the photo on file; F4 takes another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversion to %1 recorded; card %2 is blocked on hand-over. F9 produces the new card with the photo shown; F4 takes another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The applicant&apos;s own %1 card (chip UID %2) is linked as card %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look the applicant up first (F2 or Ctrl+F): Ctrl+H shows their history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application %1 (%2), recorded %3, is still waiting for its card: F9 makes it; Ctrl+N withdraws it if the applicant leaves without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application %1 is withdrawn: the applicant left without the card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receipt is printed again, marked as a copy.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cc::CounterPage</name>
    <message>
        <source>Consent to the use of sensitive data recorded (&amp;S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Produce card (F9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print receipt (F10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1  ID number (F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline documents (F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2  Applicant and cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3  Eligibility and card type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Carrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4  Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose photo file… (F4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrows move the frame, + and − zoom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5  Card preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6  Produce and hand over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next applicant (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody yet: type or scan an ID number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the applicant&apos;s ID number first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a photo this program can read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The applicant&apos;s photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png *.bmp *.tif *.tiff)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block card %1 as lost now? It stops working at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replacement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is card %1 replaced?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Death</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is card %1 cancelled?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 will be looked up as soon as the current step is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offline documents open as soon as the current step is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to batch (F9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application %1 is in batch %2: its card is made once a supervisor approves the batch. Ctrl+N takes the next applicant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-application %1, made online on %2: %3 asks for a %4. Check the applicant&apos;s ID card, then finish it as a walk-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pre-application asks for a %1, which the applicant is not eligible for (the reasons are under 3): choose another type or explain it to them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents over the registry&apos;s answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The household registry answered for this applicant. Why do the documents stand over its answer? (Audited; the application is re-checked at the next sync.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The household registry answered for this applicant: documents stand in for it only when it cannot be asked. A supervisor can take the documents over its answer, with a reason (the supervisor logs in, types the ID number, then F3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convert card %1 from %2 to %3? A new card is made; the old one is blocked when the new one is handed over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: a general card has none of the concessions of the %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convert type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reprint face</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the face of card %1 again, on a blank card from the printer&apos;s hopper?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link own card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place the applicant&apos;s own %1 card on the reader %2, then press OK. Its chip is only read: nothing is written to it or printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the only one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replacement fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The replacement fee is NT$%1. Has the applicant paid it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Waived…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee waived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is the fee of NT$%1 waived? (On the receipt and audited.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find by name or card (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History (Ctrl+H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search opens as soon as the current step is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application %1 has no card yet. Does the applicant leave without it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw it if they do not want the card (a fee paid for it is given back). Keep it waiting if they come back for it: it is found again when their ID is looked up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Withdraw it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep it waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stay with this applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera… (Shift+F4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No camera is connected to this station: F4 chooses a photo file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cc::DayPage</name>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign off the day…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blank cards in the drawer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End of day %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end of day is not available at this station.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cards issued: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cards issued in all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blank cards spoiled (put aside for destruction)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replacement fees paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replacement fees waived</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>NT$%1 (%n replacement(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected by the stock log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed off by %1 at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count the blank cards in the drawer, then a supervisor signs off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (find out why before signing off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign off the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The blank cards counted differ from the stock log. Sign off anyway? The difference is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign off the day? It is recorded once, with these figures.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cc::DevicesPanel</name>
    <message>
        <source>ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>card at the encoder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system&apos;s default printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card readers (PC/SC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card printers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used at this counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encoder (reader)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card &amp;printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Receipt printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lists follow the devices live: plug a reader in or out, place a card, open the printer&apos;s cover.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>card present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing: it is ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait: it is printing or moving a card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait: a card is at the encoder. If nothing happens, log out and in again to finish it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that it is switched on and its cable or network is connected; this list follows within seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the printer&apos;s display; switch it off and on if it stays. If it still does, call the city&apos;s IT help desk.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cc::FlagsPage</name>
    <message>
        <source>Second personal card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-check failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resolve…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This station does not sync with a central service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a supervisor sees and resolves flags.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n open flag(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Resolved %1 by %2, because: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved, because (this is kept in the audit log):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cc::HistoryDialog</name>
    <message>
        <source>type conversion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>own card linked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NT$%1 waived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NT$%1 paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2, born %3, ID number %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>card %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>application %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>card production %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>application recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>card production started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chip being written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chip written and checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>face being printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>face printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>card issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>card spoiled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>production cancelled, no card used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unfinished card resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reported lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>card cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>face printed again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replacement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>photo taken again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>history viewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>looked up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cards listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registry asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>documents over the registry&apos;s answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pre-application finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added to a batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lost report proof</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>printed again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipts printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>receipt printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>receipt printed again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>application withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cc::Hotlist</name>
    <message>
        <source>The hotlist is larger than any this program reads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A hotlist ends with a line break.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a citizencard hotlist (version 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected &quot;version&quot; and a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected &quot;since&quot; and a version no later than the list&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected &quot;generated&quot; and a UTC time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected &quot;entries&quot; and the number of lines that follow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An entry has 5 fields: card, chip UID, since, reason, version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a card number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a chip UID (lower-case hex).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a UTC time (2026-12-01T04:05:06.789Z).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a reason code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry&apos;s version is outside the list&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cc::HttpsTransport</name>
    <message>
        <source>The station&apos;s certificate, key or the city CA cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central service&apos;s answer cannot be read; sync tries again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The city CA&apos;s certificate cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central service&apos;s answer cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cc::IdEntry</name>
    <message>
        <source>Type or scan the applicant&apos;s ID number, then Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of 10 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. A123456789 — or scan the ID card or a pre-application&apos;s QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ A pre-application&apos;s code: Enter opens it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 characters of a pre-application&apos;s code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cc::LoginPage</name>
    <message>
        <source>&amp;Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La&amp;nguage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citizen card counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked: %1 was away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your operator name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log o&amp;ut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your password to go on, log in as another operator, or log out (Alt+U) to change the language.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cc::MainWindow</name>
    <message>
        <source>Citizen card counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not logged in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked by %1, station %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit citizencard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A card is being made or a long task is running: quit once it is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit citizencard? %1 is logged in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The station locks in %n s: press any key to stay.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Log out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A card is being made or a long task is running: log out once it is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log out %1? Work not yet saved on screen is dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2), station %3   ·   F2 ID  F3 offline  F4 photo  F9 produce  F10 receipt  Ctrl+N next  Ctrl+Shift+L lock  Ctrl+Shift+Q log out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cc::NewBatchDialog</name>
    <message>
        <source>New batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Zhongli Elementary, school year 115</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card &amp;type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any card type</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cc::OfflineDialog</name>
    <message>
        <source>Offline: documents seen for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROC date, e.g. 50/03/14</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued (ROC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until (ROC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name in &amp;Latin letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;dd document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use these documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document %1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name: enter the name as the ID card shows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry cannot be asked. Record what the documents show; eligibility is computed from them and the application is marked &quot;offline, re-check pending&quot;. Detail: the permit&apos;s category, the companion mark of a disability certificate, the school level of a student ID (and its school).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cc::OperatorsPage</name>
    <message>
        <source>never (administrator)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waits for a supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add operator…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change r&amp;ole…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Give data access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a supervisor or an administrator manages operators.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisors look after clerks and mobile teams; administrators after every operator. Nobody changes their own account here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password for %1 (at least %2 characters):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same password again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ. Type them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new operator&apos;s name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was added as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 can log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable %1? They cannot log in until someone enables the account again; nothing of theirs is deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is enabled again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a new password: give it to them in person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a new password: give it to them in person. A supervisor gives them access to personal data again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New role for %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 now has access to personal data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable (&amp;D)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cc::PhotoCropper</name>
    <message>
        <source>No photo yet.
F4: choose a photo file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cc::ProduceSteps</name>
    <message>
        <source>Application recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encoding the chip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing the card face</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card %1 is issued. Hand it over; F10 prints the receipt, Ctrl+N takes the next applicant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card %1 was spoiled and went to the reject tray; put it aside for destruction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No card was taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask a supervisor to book the delivery of blank cards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask a supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the card at the encoder and the reader in the devices panel (Ctrl+2), then F9 again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the printer and the reader in the devices panel (Ctrl+2), then F9 again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Then F9 again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cc::PushBatch</name>
    <message>
        <source>The batch is larger than the limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A batch holds at most %1 events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A batch holds at least one event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a UUID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a UTC time in ISO 8601 (…Z).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An event type this centre does not know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An object name is 1 to %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The events of a batch are consecutive (%1 follows %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A batch is {&quot;station&quot;: …, &quot;events&quot;: […]}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An event has exactly id, seq, at, topic, object and payload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A payload has at most %1 fields, each a number, a boolean or a string of at most 256 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the centre writes events of this type.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cc::ReportsPage</name>
    <message>
        <source>Show (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export table as &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export report as &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pe&amp;riod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sum &amp;by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Split by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cards issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replacements and lost cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spoilage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blank stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reports are not available at this station.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the reports for %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 on hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n card(s) issued.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Blank cards run low, order more (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a report first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the table: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export table as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table is saved as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export report as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report is saved as %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cc::RosterImportDialog</name>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the &amp;good rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save the refused rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roster %1 into batch %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the refused rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-refused.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the roster…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The roster cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows read (%2): %3 imported, %4 refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: correct the rows and import the file again, or import the good rows and send the refused ones back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The refused rows cannot be written to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The refused rows are in %1, to send back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cc::SignedHotlist</name>
    <message>
        <source>The hotlist is larger than any this program reads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a signed hotlist.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cc::SyncIndicator</name>
    <message>
        <source>○ Central service: not enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>○ Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) waiting</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>last sync %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>⚑ %n open flag(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cc::reader::ReaderManager</name>
    <message>
        <source>No reader has a card on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reader&apos;s name contains this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than one reader matches; give more of the name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
