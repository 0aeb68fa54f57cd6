<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
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
</TS>
