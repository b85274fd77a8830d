<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ" sourcelanguage="en">
    <context>
        <name>AdvocacySection</name>
        <message numerus="yes">
            <location filename="../../casetracker/gui/casefile/advocacy.py" line="60" />
            <source>%n step(s)</source>
            <translation>
                <numerusform>%n өтініш</numerusform>
                <numerusform>%n өтініш</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../casetracker/gui/casefile/advocacy.py" line="64" />
            <source>%n follow-up(s) overdue</source>
            <translation>
                <numerusform>Мерзімі өткен еске салғыш: %n</numerusform>
                <numerusform>Мерзімі өткен еске салғыш: %n</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/advocacy.py" line="75" />
            <source>Date</source>
            <translation>Күні</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/advocacy.py" line="76" />
            <source>Kind</source>
            <translation>Түрі</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/advocacy.py" line="77" />
            <source>Organisation / contact</source>
            <translation>Ұйым / байланыс</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/advocacy.py" line="78" />
            <source>Summary</source>
            <translation>Мазмұны</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/advocacy.py" line="79" />
            <source>Response</source>
            <translation>Жауап</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/advocacy.py" line="80" />
            <source>Follow up by</source>
            <translation>Тексеру мерзімі</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/advocacy.py" line="81" />
            <source>Done</source>
            <translation>Орындалды</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/advocacy.py" line="123" />
            <source>Overdue: nobody has followed this up yet</source>
            <translation>Мерзімі өтті: әлі ешкім тексермеді</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/advocacy.py" line="142" />
            <source>{date} (overdue)</source>
            <translation>{date} (мерзімі өтті)</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/advocacy.py" line="164" />
            <source>Log a step…</source>
            <translation>Өтініш тіркеу…</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/advocacy.py" line="165" />
            <source>Edit…</source>
            <translation>Өзгерту…</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/advocacy.py" line="166" />
            <source>Delete</source>
            <translation>Жою</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/advocacy.py" line="183" />
            <source>Advocacy steps for this case</source>
            <translation>Осы іс бойынша өтініштер</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/advocacy.py" line="194" />
            <source>Advocacy</source>
            <translation>Өтініштер</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/advocacy.py" line="254" />
            <source>Delete advocacy step</source>
            <translation>Өтінішті жою</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/advocacy.py" line="255" />
            <source>Delete this {kind} ({date})? You can undo this.</source>
            <translation>Осы жазбаны ({kind}, {date}) жою керек пе? Мұны болдырмауға болады.</translation>
        </message>
    </context>
    <context>
        <name>AgeRangeEdit</name>
        <message>
            <location filename="../../casetracker/gui/widgets/fuzzydate_edit.py" line="169" />
            <source>e.g. 40s, 40-49, about 45</source>
            <translation>мыс. 40-тар, 40-49, шамамен 45</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/widgets/fuzzydate_edit.py" line="179" />
            <source>Not an age. Try 45, 40s, 40-49, about 45 or over 60.</source>
            <translation>Бұл жас емес. Мысалы: 45, 40-тар, 40-49, шамамен 45 немесе 60-тан асқан.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/widgets/fuzzydate_edit.py" line="180" />
            <source>Not an age: {reason}</source>
            <translation>Бұл жас емес: {reason}</translation>
        </message>
    </context>
    <context>
        <name>AttachmentsSection</name>
        <message numerus="yes">
            <location filename="../../casetracker/gui/casefile/attachments.py" line="65" />
            <source>%n byte(s)</source>
            <translation>
                <numerusform>%n байт</numerusform>
                <numerusform>%n байт</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/attachments.py" line="67" />
            <source>{n} KB</source>
            <translation>{n} КБ</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/attachments.py" line="68" />
            <source>{n:.1f} MB</source>
            <translation>{n:.1f} МБ</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/attachments.py" line="79" />
            <source>File</source>
            <translation>Файл</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/attachments.py" line="80" />
            <source>Caption</source>
            <translation>Сипаттама</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/attachments.py" line="81" />
            <source>Source</source>
            <translation>Дереккөз</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/attachments.py" line="82" />
            <source>Size</source>
            <translation>Өлшемі</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/attachments.py" line="151" />
            <source>Source: {note}</source>
            <translation>Дереккөз: {note}</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/attachments.py" line="165" />
            <source>Add files…</source>
            <translation>Файл қосу…</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/attachments.py" line="166" />
            <source>Preview</source>
            <translation>Қарау</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/attachments.py" line="167" />
            <source>Open…</source>
            <translation>Ашу…</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/attachments.py" line="168" />
            <source>Remove</source>
            <translation>Алып тастау</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/attachments.py" line="176" />
            <source>Photos and documents are stored encrypted inside the vault. Drop files here to add them; double-click a caption or source to edit it.</source>
            <translation>Фотосуреттер мен құжаттар қоймада шифрланған күйде сақталады. Файл қосу үшін оны осында сүйреп әкеліңіз; сипаттаманы не дереккөзді өзгерту үшін оны екі рет басыңыз.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/attachments.py" line="194" />
            <source>Attachments of this case</source>
            <translation>Осы істің тіркемелері</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/attachments.py" line="209" />
            <source>Attachments</source>
            <translation>Тіркемелер</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/attachments.py" line="247" />
            <source>Add files to this case</source>
            <translation>Іске файл қосу</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/attachments.py" line="292" />
            <source>Could not open</source>
            <translation>Ашу мүмкін болмады</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/attachments.py" line="296" />
            <source>Opened a plain copy of {name}</source>
            <translation>{name} файлының шифрланбаған көшірмесі ашылды</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/attachments.py" line="302" />
            <source>Open outside the vault?</source>
            <translation>Қоймадан тыс ашу керек пе?</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/attachments.py" line="303" />
            <source>To open “{name}” in another program, CaseTracker must write an unencrypted copy to a private folder on this computer. It is erased when the vault locks or CaseTracker quits, but until then anyone using this computer account could read it, and the other program may keep copies of its own (recent files, thumbnails, autosave).

Open it anyway?</source>
            <translation>«{name}» файлын басқа бағдарламада ашу үшін CaseTracker оның шифрланбаған көшірмесін осы компьютердегі жеке қалтаға жазуы керек. Көшірме қойма құлыпталғанда не CaseTracker жабылғанда өшіріледі, бірақ оған дейін осы есептік жазбаны пайдаланатын кез келген адам оны оқи алады, ал басқа бағдарлама өз көшірмелерін сақтап қалуы мүмкін (соңғы файлдар, нобайлар, автосақтау).

Сонда да ашу керек пе?</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/attachments.py" line="322" />
            <source>Remove attachment</source>
            <translation>Тіркемені алып тастау</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/attachments.py" line="323" />
            <source>Remove “{name}” from this case? You can undo this.</source>
            <translation>«{name}» файлын істен алып тастау керек пе? Мұны болдырмауға болады.</translation>
        </message>
    </context>
    <context>
        <name>AuditLogDialog</name>
        <message>
            <location filename="../../casetracker/gui/dialogs/audit_log.py" line="58" />
            <source>setting</source>
            <translation>баптау</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/audit_log.py" line="70" />
            <source>When</source>
            <translation>Қашан</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/audit_log.py" line="71" />
            <source>Who</source>
            <translation>Кім</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/audit_log.py" line="72" />
            <source>What</source>
            <translation>Не</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/audit_log.py" line="73" />
            <source>Case</source>
            <translation>Іс</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/audit_log.py" line="74" />
            <source>Field</source>
            <translation>Өріс</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/audit_log.py" line="75" />
            <source>Before → after</source>
            <translation>Бұрын → кейін</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/audit_log.py" line="150" />
            <source>(no name set)</source>
            <translation>(аты көрсетілмеген)</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/audit_log.py" line="156" />
            <source>(deleted case)</source>
            <translation>(жойылған іс)</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/audit_log.py" line="168" />
            <source>any</source>
            <translation>кез келген</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/audit_log.py" line="186" />
            <source>History of changes</source>
            <translation>Өзгерістер тарихы</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/audit_log.py" line="190" />
            <source>e.g. CT-0042</source>
            <translation>мыс. CT-0042</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/audit_log.py" line="191" />
            <source>Case reference</source>
            <translation>Іс нөмірі</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/audit_log.py" line="194" />
            <source>Volunteer</source>
            <translation>Ерікті</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/audit_log.py" line="195" />
            <location filename="../../casetracker/gui/dialogs/audit_log.py" line="268" />
            <source>Anyone</source>
            <translation>Кез келген</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/audit_log.py" line="198" />
            <source>From date</source>
            <translation>Басталу күні</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/audit_log.py" line="199" />
            <source>To date</source>
            <translation>Аяқталу күні</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/audit_log.py" line="214" />
            <source>Changes</source>
            <translation>Өзгерістер</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/audit_log.py" line="233" />
            <source>&amp;Case:</source>
            <translation>&amp;Іс:</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/audit_log.py" line="234" />
            <source>&amp;Volunteer:</source>
            <translation>&amp;Ерікті:</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/audit_log.py" line="235" />
            <source>&amp;From:</source>
            <translation>&amp;Бастап:</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/audit_log.py" line="236" />
            <source>&amp;To:</source>
            <translation>Д&amp;ейін:</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/audit_log.py" line="263" />
            <source>No case has the reference {ref}.</source>
            <translation>{ref} нөмірлі іс жоқ.</translation>
        </message>
    </context>
    <context>
        <name>BackupDialog</name>
        <message>
            <location filename="../../casetracker/gui/dialogs/backup.py" line="44" />
            <source>Restore from a backup</source>
            <translation>Сақтық көшірмеден қалпына келтіру</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/backup.py" line="47" />
            <source>The vault is locked and replaced by the backup. The current vault is not deleted: it is kept beside it as “{name}.before-restore-…”. Changes made after the backup was taken are not in it.</source>
            <translation>Қойма құлыпталып, сақтық көшірмемен ауыстырылады. Қазіргі қойма жойылмайды: ол жанында «{name}.before-restore-…» деп сақталады. Көшірме жасалғаннан кейінгі өзгерістер онда жоқ.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/backup.py" line="57" />
            <source>Backup file</source>
            <translation>Сақтық көшірме файлы</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/backup.py" line="61" />
            <source>Choose…</source>
            <translation>Таңдау…</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/backup.py" line="68" />
            <source>Passphrase of the backup</source>
            <translation>Көшірменің құпия фразасы</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/backup.py" line="69" />
            <source>Use the recovery code instead</source>
            <translation>Оның орнына қалпына келтіру кодын енгізу</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/backup.py" line="74" />
            <source>Backup &amp;file:</source>
            <translation>Көшірме &amp;файлы:</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/backup.py" line="77" />
            <location filename="../../casetracker/gui/dialogs/backup.py" line="124" />
            <source>&amp;Passphrase then:</source>
            <translation>Сол кездегі &amp;құпия фраза:</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/backup.py" line="81" />
            <source>The passphrase that was valid when the backup was made.</source>
            <translation>Көшірме жасалған кездегі құпия фраза.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/backup.py" line="89" />
            <source>Lock and restore</source>
            <translation>Құлыптап, қалпына келтіру</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/backup.py" line="111" />
            <source>Choose a backup</source>
            <translation>Сақтық көшірмені таңдау</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/backup.py" line="113" />
            <source>CaseTracker backups (*.ctbackup)</source>
            <translation>CaseTracker сақтық көшірмелері (*.ctbackup)</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/backup.py" line="124" />
            <source>&amp;Recovery code then:</source>
            <translation>Сол кездегі қалпына келтіру &amp;коды:</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/backup.py" line="131" />
            <source>There is no file there.</source>
            <translation>Онда файл жоқ.</translation>
        </message>
    </context>
    <context>
        <name>BackupScheduler</name>
        <message>
            <location filename="../../casetracker/gui/security/backups.py" line="60" />
            <source>No scheduled backup: the backup folder {folder} is not there</source>
            <translation>Кестедегі сақтық көшірме жасалмады: {folder} қалтасы жоқ</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/security/backups.py" line="80" />
            <source>Backed up to {path}</source>
            <translation>Сақтық көшірме сақталды: {path}</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/security/backups.py" line="84" />
            <source>The scheduled backup failed: {error}</source>
            <translation>Кестедегі сақтық көшірме жасалмады: {error}</translation>
        </message>
    </context>
    <context>
        <name>BundleDialog</name>
        <message>
            <location filename="../../casetracker/gui/dialogs/bundle.py" line="38" />
            <source>Bundle passphrase</source>
            <translation>Бума құпия фразасы</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/bundle.py" line="39" />
            <source>The passphrase agreed for this exchange:</source>
            <translation>Осы алмасу үшін келісілген құпия фраза:</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/bundle.py" line="50" />
            <source>Cancel</source>
            <translation>Бас тарту</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/bundle.py" line="61" />
            <source>Cancelling…</source>
            <translation>Тоқтатылуда…</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/bundle.py" line="81" />
            <location filename="../../casetracker/gui/dialogs/bundle.py" line="106" />
            <source>Bundles (*.ctbundle)</source>
            <translation>Бумалар (*.ctbundle)</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/bundle.py" line="81" />
            <source>Export a transfer bundle</source>
            <translation>Тасымалдау бумасын экспорттау</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/bundle.py" line="88" />
            <source>Writing the bundle…</source>
            <translation>Бума жазылуда…</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/bundle.py" line="106" />
            <source>Import a transfer bundle</source>
            <translation>Тасымалдау бумасын импорттау</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/bundle.py" line="113" />
            <source>Merging the bundle…</source>
            <translation>Бума біріктірілуде…</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/bundle.py" line="120" />
            <source>Merge cancelled; nothing was changed.</source>
            <translation>Біріктіру тоқтатылды; ештеңе өзгерген жоқ.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/bundle.py" line="127" />
            <source>Bundle merged</source>
            <translation>Бума біріктірілді</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/bundle.py" line="139" />
            <source>Decide merge conflicts</source>
            <translation>Сәйкессіздіктерді шешіңіз</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/bundle.py" line="142" />
            <source>Case</source>
            <translation>Іс</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/bundle.py" line="142" />
            <source>Field</source>
            <translation>Өріс</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/bundle.py" line="142" />
            <source>On this laptop</source>
            <translation>Осы ноутбукта</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/bundle.py" line="143" />
            <source>From</source>
            <translation>Қайдан</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/bundle.py" line="143" />
            <source>On the other laptop</source>
            <translation>Басқа ноутбукта</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/bundle.py" line="145" />
            <source>Keep this laptop's</source>
            <translation>Осы ноутбуктағыны қалдыру</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/bundle.py" line="146" />
            <source>Take the other laptop's</source>
            <translation>Басқа ноутбуктағыны алу</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/bundle.py" line="152" />
            <source>Nothing was overwritten. Decide each field:</source>
            <translation>Ештеңе қайта жазылған жоқ. Әр өріс бойынша шешіңіз:</translation>
        </message>
    </context>
    <context>
        <name>CameraDialog</name>
        <message>
            <location filename="../../casetracker/gui/rally/camera.py" line="63" />
            <source>Take a photo</source>
            <translation>Суретке түсіру</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/rally/camera.py" line="75" />
            <source>Take photo</source>
            <translation>Түсіру</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/rally/camera.py" line="82" />
            <source>The photo stays inside the encrypted vault.</source>
            <translation>Фотосурет шифрланған қоймада қалады.</translation>
        </message>
    </context>
    <context>
        <name>CaseFilePanel</name>
        <message>
            <location filename="../../casetracker/gui/casefile/panel.py" line="67" />
            <source>Sections of the case file</source>
            <translation>Іс бөлімдері</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/panel.py" line="89" />
            <source>Choose a case from the list, or add a new one.</source>
            <translation>Тізімнен іс таңдаңыз немесе жаңасын қосыңыз.</translation>
        </message>
    </context>
    <context>
        <name>CaseHeader</name>
        <message>
            <location filename="../../casetracker/gui/casefile/header.py" line="34" />
            <source>less than a year ago</source>
            <translation>бір жылдан аз уақыт бұрын</translation>
        </message>
        <message numerus="yes">
            <location filename="../../casetracker/gui/casefile/header.py" line="35" />
            <source>%n year(s) ago</source>
            <translation>
                <numerusform>%n жыл бұрын</numerusform>
                <numerusform>%n жыл бұрын</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/header.py" line="79" />
            <source>born {date}</source>
            <translation>туған күні: {date}</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/header.py" line="147" />
            <source>Photo of {name}</source>
            <translation>Фотосурет: {name}</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/header.py" line="154" />
            <source>Current status: {status}</source>
            <translation>Қазіргі мәртебесі: {status}</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/header.py" line="160" />
            <source>no status recorded yet</source>
            <translation>мәртебе әлі жазылмаған</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/header.py" line="162" />
            <source>date unknown</source>
            <translation>күні белгісіз</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/header.py" line="163" />
            <source>since {date}</source>
            <translation>{date} бастап</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/header.py" line="168" />
            <source>PRC official claim</source>
            <translation>ҚХР билігінің мәлімдемесі</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/header.py" line="172" />
            <source>PRC official claim: {status}</source>
            <translation>ҚХР билігінің мәлімдемесі: {status}</translation>
        </message>
    </context>
    <context>
        <name>CaseListPanel</name>
        <message>
            <location filename="../../casetracker/gui/views/caselist.py" line="69" />
            <source>{shown} of {total} cases</source>
            <translation>{total} істен {shown} көрсетілген</translation>
        </message>
        <message numerus="yes">
            <location filename="../../casetracker/gui/views/caselist.py" line="72" />
            <source>%Ln case(s)</source>
            <translation>
                <numerusform>%Ln іс</numerusform>
                <numerusform>%Ln іс</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/caselist.py" line="177" />
            <location filename="../../casetracker/gui/views/caselist.py" line="202" />
            <source>Cases</source>
            <translation>Істер</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/caselist.py" line="181" />
            <source>Searching…</source>
            <translation>Іздеу…</translation>
        </message>
    </context>
    <context>
        <name>CaseListTableModel</name>
        <message>
            <location filename="../../casetracker/gui/models/caselist.py" line="89" />
            <source>Reference</source>
            <translation>Нөмірі</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/models/caselist.py" line="90" />
            <source>Name</source>
            <translation>Аты-жөні</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/models/caselist.py" line="91" />
            <source>Status</source>
            <translation>Мәртебесі</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/models/caselist.py" line="92" />
            <source>Since</source>
            <translation>Қашаннан бері</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/models/caselist.py" line="93" />
            <source>Hometown</source>
            <translation>Туған жері</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/models/caselist.py" line="94" />
            <source>Last action</source>
            <translation>Соңғы әрекет</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/models/caselist.py" line="95" />
            <source>Next follow-up</source>
            <translation>Келесі тексеру</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/models/caselist.py" line="228" />
            <source>{kind}, {date}</source>
            <translation>{kind}, {date}</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/models/caselist.py" line="237" />
            <source>Overdue since {date}</source>
            <translation>{date} бастап мерзімі өткен</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/models/caselist.py" line="386" />
            <source>The list could not be sorted or filtered this way: {error}</source>
            <translation>Тізімді бұлай сұрыптау не сүзу мүмкін болмады: {error}</translation>
        </message>
    </context>
    <context>
        <name>Commands</name>
        <message>
            <location filename="../../casetracker/gui/commands/files.py" line="56" />
            <source>It did not work</source>
            <translation>Болмады</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/commands/files.py" line="97" />
            <source>Import Person Finder records</source>
            <translation>Person Finder жазбаларын импорттау</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/commands/files.py" line="97" />
            <source>PFIF files (*.xml *.pfif)</source>
            <translation>PFIF файлдары (*.xml *.pfif)</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/commands/files.py" line="117" />
            <location filename="../../casetracker/gui/commands/files.py" line="128" />
            <source>Nothing was imported</source>
            <translation>Ештеңе импортталмады</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/commands/files.py" line="121" />
            <location filename="../../casetracker/gui/commands/files.py" line="159" />
            <source>Import finished</source>
            <translation>Импорт аяқталды</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/commands/files.py" line="123" />
            <location filename="../../casetracker/gui/commands/files.py" line="161" />
            <source>Importing…</source>
            <translation>Импортталуда…</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/commands/files.py" line="131" />
            <source>Import the usable records and leave out the others?</source>
            <translation>Жарамды жазбаларды импорттап, қалғанын өткізіп жіберу керек пе?</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/commands/files.py" line="132" />
            <source>Import the usable ones</source>
            <translation>Жарамдыларын импорттау</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/commands/files.py" line="142" />
            <source>Import a CaseTracker JSON file</source>
            <translation>CaseTracker JSON файлын импорттау</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/commands/files.py" line="142" />
            <source>JSON files (*.json)</source>
            <translation>JSON файлдары (*.json)</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/commands/files.py" line="155" />
            <source>Imported {added} cases; {skipped} were already in the vault.</source>
            <translation>Импортталған істер: {added}; қоймада бұрыннан бары: {skipped}.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/commands/files.py" line="191" />
            <source>Choose a case in the list first.</source>
            <translation>Алдымен тізімнен іс таңдаңыз.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/commands/files.py" line="227" />
            <source>Open</source>
            <translation>Ашу</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/commands/files.py" line="229" />
            <source>Export PDF summary…</source>
            <translation>Анықтаманы PDF-ке экспорттау…</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/commands/files.py" line="230" />
            <source>Export {n} PDF summaries…</source>
            <translation>PDF анықтамаларын экспорттау ({n})…</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/commands/files.py" line="231" />
            <source>Export selected to spreadsheet…</source>
            <translation>Таңдалғандарды кестеге экспорттау…</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/commands/vault.py" line="70" />
            <source>You opened the vault with the recovery code. Choose a new passphrase now; the recovery code keeps working too.</source>
            <translation>Сіз қойманы қалпына келтіру кодымен аштыңыз. Қазір жаңа құпия фраза таңдаңыз; қалпына келтіру коды да жұмыс істей береді.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/commands/vault.py" line="140" />
            <source>Back up the vault</source>
            <translation>Қойманың сақтық көшірмесі</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/commands/vault.py" line="140" />
            <source>Backups (*.ctbackup)</source>
            <translation>Сақтық көшірмелер (*.ctbackup)</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/commands/vault.py" line="148" />
            <source>Backup written</source>
            <translation>Сақтық көшірме жазылды</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/commands/vault.py" line="149" />
            <source>The backup is in {path}. It is encrypted and opens with the current passphrase or recovery code.</source>
            <translation>Сақтық көшірме мұнда: {path}. Ол шифрланған және қазіргі құпия фразамен не қалпына келтіру кодымен ашылады.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/commands/vault.py" line="156" />
            <source>Backing up…</source>
            <translation>Сақтық көшірме жасалуда…</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/commands/vault.py" line="198" />
            <source>The vault was restored from {backup}.</source>
            <translation>Қойма {backup} көшірмесінен қалпына келтірілді.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/commands/vault.py" line="200" />
            <source>The vault that was there is kept as {kept}.</source>
            <translation>Бұрынғы қойма {kept} ретінде сақталды.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/commands/vault.py" line="201" />
            <source>Restored</source>
            <translation>Қалпына келтірілді</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/commands/vault.py" line="204" />
            <source>Nothing was restored</source>
            <translation>Ештеңе қалпына келтірілмеді</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/commands/vault.py" line="207" />
            <source>Restoring…</source>
            <translation>Қалпына келтірілуде…</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/commands/vault.py" line="223" />
            <source>All integrity checks passed.</source>
            <translation>Тұтастықтың барлық тексерісінен өтті.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/commands/vault.py" line="223" />
            <location filename="../../casetracker/gui/commands/vault.py" line="231" />
            <source>Integrity check</source>
            <translation>Тұтастықты тексеру</translation>
        </message>
        <message numerus="yes">
            <location filename="../../casetracker/gui/commands/vault.py" line="227" />
            <source>%n problem(s) found.</source>
            <translation>
                <numerusform>%n ақау табылды.</numerusform>
                <numerusform>%n ақау табылды.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/commands/vault.py" line="228" />
            <source>Restore the newest backup: {path}</source>
            <translation>Ең соңғы сақтық көшірмені қалпына келтіріңіз: {path}</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/commands/vault.py" line="229" />
            <source>(no backup found)</source>
            <translation>(сақтық көшірме табылмады)</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/commands/vault.py" line="236" />
            <source>Checking the vault…</source>
            <translation>Қойма тексерілуде…</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/commands/vault.py" line="286" />
            <source>The vault could not be erased completely</source>
            <translation>Қойманы толық өшіру мүмкін болмады</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/commands/vault.py" line="289" />
            <source>Erasing…</source>
            <translation>Өшірілуде…</translation>
        </message>
    </context>
    <context>
        <name>ContactDialog</name>
        <message>
            <location filename="../../casetracker/gui/dialogs/contact.py" line="33" />
            <source>Edit contact</source>
            <translation>Байланысты өзгерту</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/contact.py" line="33" />
            <source>New contact</source>
            <translation>Жаңа байланыс</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/contact.py" line="38" />
            <source>Name</source>
            <translation>Аты-жөні</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/contact.py" line="40" />
            <source>No organisation</source>
            <translation>Ұйымсыз</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/contact.py" line="45" />
            <source>Organisation</source>
            <translation>Ұйым</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/contact.py" line="51" />
            <source>Role</source>
            <translation>Лауазымы</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/contact.py" line="53" />
            <source>e.g. Consular officer</source>
            <translation>мыс. консулдық қызметкер</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/contact.py" line="57" />
            <source>E-mail</source>
            <translation>Эл. пошта</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/contact.py" line="62" />
            <source>Phone</source>
            <translation>Телефон</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/contact.py" line="64" />
            <source>Notes</source>
            <translation>Жазбалар</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/contact.py" line="65" />
            <source>Add contact</source>
            <translation>Байланыс қосу</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/contact.py" line="65" />
            <source>Save</source>
            <translation>Сақтау</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/contact.py" line="71" />
            <source>Not an e-mail address.</source>
            <translation>Бұл электрондық пошта мекенжайы емес.</translation>
        </message>
    </context>
    <context>
        <name>CrashDialog</name>
        <message>
            <location filename="../../casetracker/gui/security/crash.py" line="49" />
            <source>Something went wrong</source>
            <translation>Бірдеңе дұрыс болмады</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/security/crash.py" line="50" />
            <source>CaseTracker met an unexpected problem. Everything saved before it is safe in the vault (changes are saved as they are made).

If this happens again, lock the vault and restart CaseTracker.</source>
            <translation>CaseTracker күтпеген қатеге тап болды. Оған дейін сақталғанның бәрі қоймада аман (өзгерістер бірден сақталады).

Егер бұл қайталанса, қойманы құлыптап, CaseTracker-ді қайта іске қосыңыз.</translation>
        </message>
    </context>
    <context>
        <name>CreateVaultDialog</name>
        <message>
            <location filename="../../casetracker/gui/dialogs/create_vault.py" line="66" />
            <source>Very weak</source>
            <translation>Өте әлсіз</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/create_vault.py" line="67" />
            <source>Weak</source>
            <translation>Әлсіз</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/create_vault.py" line="68" />
            <source>Fair</source>
            <translation>Орташа</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/create_vault.py" line="69" />
            <source>Good</source>
            <translation>Жақсы</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/create_vault.py" line="70" />
            <source>Strong</source>
            <translation>Мықты</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/create_vault.py" line="108" />
            <source>Recovery code</source>
            <translation>Қалпына келтіру коды</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/create_vault.py" line="111" />
            <source>Print…</source>
            <translation>Басып шығару…</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/create_vault.py" line="112" />
            <source>I have written it down</source>
            <translation>Кодты жазып алдым</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/create_vault.py" line="167" />
            <source>Add another word or two that are not a common phrase.</source>
            <translation>Тағы бір-екі сөз қосыңыз, бірақ жалпыға белгілі тіркес болмасын.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/create_vault.py" line="175" />
            <source>CaseTracker recovery code</source>
            <translation>CaseTracker қалпына келтіру коды</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/create_vault.py" line="176" />
            <source>Vault</source>
            <translation>Қойма</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/create_vault.py" line="177" />
            <source>Created</source>
            <translation>Құрылған күні</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/create_vault.py" line="191" />
            <source>This code opens the vault if the passphrase is ever forgotten. It is shown only now. Write it on paper and keep it somewhere safe, away from this laptop. Without the passphrase or this code nobody can open the vault: not you, not us, not anyone.</source>
            <translation>Құпия фраза ұмытылып қалса, қойманы осы код ашады. Ол тек қазір көрсетіледі. Оны қағазға жазып, осы ноутбуктан алыс, қауіпсіз жерде сақтаңыз. Құпия фразасыз немесе осы кодсыз қойманы ешкім аша алмайды: сіз де, біз де, басқа ешкім де.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/create_vault.py" line="206" />
            <source>Create a new vault</source>
            <translation>Жаңа қойма құру</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/create_vault.py" line="225" />
            <source>A vault is an encrypted folder holding all cases, contacts and documents. Choose a name, where to keep it and a passphrase.</source>
            <translation>Қойма — барлық істер, байланыстар мен құжаттар сақталатын шифрланған қалта. Атауын, сақталатын жерін және құпия фразасын таңдаңыз.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/create_vault.py" line="244" />
            <source>Create vault</source>
            <translation>Қойма құру</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/create_vault.py" line="254" />
            <source>Family cases</source>
            <translation>Отбасы істері</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/create_vault.py" line="256" />
            <source>Choose…</source>
            <translation>Таңдау…</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/create_vault.py" line="267" />
            <source>&amp;Location:</source>
            <translation>&amp;Орны:</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/create_vault.py" line="272" />
            <source>&amp;Name:</source>
            <translation>&amp;Атауы:</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/create_vault.py" line="275" />
            <source>&amp;Passphrase:</source>
            <translation>&amp;Құпия фраза:</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/create_vault.py" line="277" />
            <source>&amp;Repeat it:</source>
            <translation>Қайта&amp;лаңыз:</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/create_vault.py" line="279" />
            <source>Vault name</source>
            <translation>Қойма атауы</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/create_vault.py" line="280" />
            <source>Location</source>
            <translation>Орны</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/create_vault.py" line="281" />
            <source>Passphrase</source>
            <translation>Құпия фраза</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/create_vault.py" line="282" />
            <source>Repeat the passphrase</source>
            <translation>Құпия фразаны қайталаңыз</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/create_vault.py" line="300" />
            <source>Where to keep the vault</source>
            <translation>Қойманы қайда сақтау керек</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/create_vault.py" line="312" />
            <source>Give the vault a name without / \ : * ? " &lt; &gt; |.</source>
            <translation>Қоймаға / \ : * ? " &lt; &gt; | таңбаларынсыз атау беріңіз.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/create_vault.py" line="315" />
            <source>Will be created as {path}</source>
            <translation>Былай құрылады: {path}</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/create_vault.py" line="317" />
            <source>Something named {name} already exists there.</source>
            <translation>Онда {name} деген атаумен нысан бар.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/create_vault.py" line="321" />
            <source>Choose a stronger passphrase: a few unrelated words work well.</source>
            <translation>Мықтырақ құпия фраза таңдаңыз: бір-бірімен байланыссыз бірнеше сөз жақсы жарайды.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/create_vault.py" line="323" />
            <source>The two passphrases differ.</source>
            <translation>Құпия фразалар сәйкес келмейді.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/create_vault.py" line="352" />
            <source>The vault could not be created: {error}</source>
            <translation>Қойманы құру мүмкін болмады: {error}</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/create_vault.py" line="357" />
            <source>Continue</source>
            <translation>Жалғастыру</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/create_vault.py" line="357" />
            <source>Your recovery code</source>
            <translation>Қалпына келтіру кодыңыз</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/create_vault.py" line="371" />
            <source>Print the recovery code</source>
            <translation>Қалпына келтіру кодын басып шығару</translation>
        </message>
    </context>
    <context>
        <name>DirectoryFormDialog</name>
        <message>
            <location filename="../../casetracker/gui/dialogs/directoryform.py" line="148" />
            <source>A name is required.</source>
            <translation>Атауы міндетті.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/directoryform.py" line="154" />
            <source>At most {n} characters.</source>
            <translation>Ең көбі {n} таңба.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/directoryform.py" line="173" />
            <source>Required</source>
            <translation>Міндетті</translation>
        </message>
    </context>
    <context>
        <name>DirectoryPanels</name>
        <message>
            <location filename="../../casetracker/gui/views/directories.py" line="54" />
            <location filename="../../casetracker/gui/views/directories.py" line="190" />
            <source>Contacts</source>
            <translation>Байланыстар</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/directories.py" line="55" />
            <source>Embassies, consulates, UN bodies, NGOs, media and lawyers, and the people you deal with there.</source>
            <translation>Елшіліктер, консулдықтар, БҰҰ органдары, ҮЕҰ, БАҚ пен заңгерлер және сол жерде сіз қарым-қатынас жасайтын адамдар.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/directories.py" line="60" />
            <location filename="../../casetracker/gui/views/directories.py" line="67" />
            <source>Organisations and contacts</source>
            <translation>Ұйымдар мен байланыстар</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/directories.py" line="63" />
            <source>New organisation…</source>
            <translation>Жаңа ұйым…</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/directories.py" line="64" />
            <source>New contact…</source>
            <translation>Жаңа байланыс…</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/directories.py" line="66" />
            <source>Kind or role</source>
            <translation>Түрі не лауазымы</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/directories.py" line="66" />
            <location filename="../../casetracker/gui/views/directories.py" line="258" />
            <location filename="../../casetracker/gui/views/directory_detail.py" line="180" />
            <source>Name</source>
            <translation>Атауы / аты</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/directories.py" line="71" />
            <source>Select an organisation or a contact.</source>
            <translation>Ұйымды не байланысты таңдаңыз.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/directories.py" line="73" />
            <location filename="../../casetracker/gui/views/directory_detail.py" line="67" />
            <source>Interactions</source>
            <translation>Өтініштер</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/directories.py" line="77" />
            <location filename="../../casetracker/gui/views/directories.py" line="191" />
            <location filename="../../casetracker/gui/views/directories.py" line="258" />
            <location filename="../../casetracker/gui/views/directories.py" line="266" />
            <location filename="../../casetracker/gui/views/directory_detail.py" line="60" />
            <source>Cases</source>
            <translation>Істер</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/directories.py" line="79" />
            <source>Linked cases</source>
            <translation>Байланысты істер</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/directories.py" line="134" />
            <source>No organisation</source>
            <translation>Ұйымсыз</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/directories.py" line="202" />
            <source>E-mail</source>
            <translation>Эл. пошта</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/directories.py" line="202" />
            <source>Phone</source>
            <translation>Телефон</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/directories.py" line="213" />
            <source>Interactions · {n}</source>
            <translation>Өтініштер · {n}</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/directories.py" line="214" />
            <source>Cases · {n}</source>
            <translation>Істер · {n}</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/directories.py" line="244" />
            <location filename="../../casetracker/gui/views/directories.py" line="246" />
            <location filename="../../casetracker/gui/views/directories.py" line="259" />
            <source>Facilities</source>
            <translation>Ұстау орындары</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/directories.py" line="245" />
            <source>Camps, detention centres, prisons and factories named in status events.</source>
            <translation>Мәртебе оқиғаларында аталған лагерьлер, тергеу изоляторлары, түрмелер мен фабрикалар.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/directories.py" line="249" />
            <source>Kind of facility</source>
            <translation>Мекеме түрі</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/directories.py" line="250" />
            <source>All kinds</source>
            <translation>Барлық түрі</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/directories.py" line="256" />
            <source>New facility…</source>
            <translation>Жаңа ұстау орны…</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/directories.py" line="258" />
            <location filename="../../casetracker/gui/views/directory_detail.py" line="57" />
            <source>Kind</source>
            <translation>Түрі</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/directories.py" line="258" />
            <source>Place</source>
            <translation>Орналасқан жері</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/directories.py" line="264" />
            <source>Select a facility.</source>
            <translation>Ұстау орнын таңдаңыз.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/directories.py" line="268" />
            <source>Cases held here</source>
            <translation>Осында ұсталғандар</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/directories.py" line="329" />
            <source>Other names</source>
            <translation>Басқа атаулары</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/directories.py" line="333" />
            <source>Cases held here · {n}</source>
            <translation>Осында ұсталғандар · {n}</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/directory_detail.py" line="56" />
            <source>Date</source>
            <translation>Күні</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/directory_detail.py" line="58" />
            <source>Summary</source>
            <translation>Мазмұны</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/directory_detail.py" line="59" />
            <source>Response</source>
            <translation>Жауап</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/directory_detail.py" line="87" />
            <source>Click to open {ref}</source>
            <translation>{ref} ашу үшін басыңыз</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/directory_detail.py" line="120" />
            <source>Edit…</source>
            <translation>Өзгерту…</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/directory_detail.py" line="180" />
            <source>Case</source>
            <translation>Іс</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/directory_detail.py" line="180" />
            <source>Hometown</source>
            <translation>Туған жері</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/directory_detail.py" line="180" />
            <source>Status</source>
            <translation>Мәртебесі</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/directory_detail.py" line="198" />
            <source>Filter by name…</source>
            <translation>Атауы бойынша сүзу…</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/directory_detail.py" line="199" />
            <source>Filter</source>
            <translation>Сүзгі</translation>
        </message>
    </context>
    <context>
        <name>DuplicatesPanel</name>
        <message>
            <location filename="../../casetracker/gui/rally/duplicates.py" line="28" />
            <source>name</source>
            <translation>аты</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/rally/duplicates.py" line="29" />
            <source>birth</source>
            <translation>туған күні</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/rally/duplicates.py" line="30" />
            <source>hometown</source>
            <translation>туған жері</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/rally/duplicates.py" line="31" />
            <source>phone</source>
            <translation>телефон</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/rally/duplicates.py" line="32" />
            <source>sex</source>
            <translation>жынысы</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/rally/duplicates.py" line="33" />
            <source>ID</source>
            <translation>құжат</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/rally/duplicates.py" line="95" />
            <source>Possible duplicate {ref}: {names}</source>
            <translation>Мүмкін, бұл сол іс {ref}: {names}</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/rally/duplicates.py" line="127" />
            <location filename="../../casetracker/gui/views/duplicates.py" line="424" />
            <location filename="../../casetracker/gui/views/duplicates.py" line="428" />
            <source>Possible duplicates</source>
            <translation>Ықтимал сәйкестіктер</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/rally/duplicates.py" line="165" />
            <source>Same person? Press its Alt key or click it to add this testimony.</source>
            <translation>Сол адам ба? Осы куәлікті қосу үшін оның Alt пернесін басыңыз немесе оны басыңыз.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/rally/duplicates.py" line="167" />
            <source>No similar case on record.</source>
            <translation>Ұқсас іс жоқ.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/rally/duplicates.py" line="169" />
            <source>Similar cases appear here while you type the name.</source>
            <translation>Атын терген кезде ұқсас істер осында шығады.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/duplicates.py" line="101" />
            <source>similar names</source>
            <translation>ұқсас есімдер</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/duplicates.py" line="104" />
            <source>same name</source>
            <translation>бірдей есім</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/duplicates.py" line="104" />
            <source>same name in another script</source>
            <translation>басқа жазудағы сол есім</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/duplicates.py" line="107" />
            <source>born the same year ({year})</source>
            <translation>бір жылы туған ({year})</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/duplicates.py" line="109" />
            <source>birth years overlap</source>
            <translation>туған жылдары сәйкес келеді</translation>
        </message>
        <message numerus="yes">
            <location filename="../../casetracker/gui/views/duplicates.py" line="110" />
            <source>born %n year(s) apart</source>
            <translation>
                <numerusform>туған жылдарының айырмасы %n жыл</numerusform>
                <numerusform>туған жылдарының айырмасы %n жыл</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/duplicates.py" line="112" />
            <source>same hometown</source>
            <translation>туған жері бір</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/duplicates.py" line="113" />
            <source>different hometowns</source>
            <translation>туған жерлері әртүрлі</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/duplicates.py" line="114" />
            <source>same reporter phone</source>
            <translation>хабарлаушының телефоны бірдей</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/duplicates.py" line="115" />
            <source>recorded as different sexes</source>
            <translation>жынысы әртүрлі көрсетілген</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/duplicates.py" line="116" />
            <source>same document number</source>
            <translation>құжат нөмірі бірдей</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/duplicates.py" line="117" />
            <source>different document numbers</source>
            <translation>құжат нөмірлері әртүрлі</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/duplicates.py" line="145" />
            <source>{percent}%</source>
            <translation>{percent}%</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/duplicates.py" line="161" />
            <source>Likelihood</source>
            <translation>Ықтималдық</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/duplicates.py" line="162" />
            <source>Case</source>
            <translation>Іс</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/duplicates.py" line="163" />
            <location filename="../../casetracker/gui/views/duplicates.py" line="165" />
            <source>Name</source>
            <translation>Аты-жөні</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/duplicates.py" line="164" />
            <source>Other case</source>
            <translation>Басқа іс</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/duplicates.py" line="166" />
            <source>Why</source>
            <translation>Неліктен</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/duplicates.py" line="255" />
            <source>&amp;Merge…</source>
            <translation>&amp;Біріктіру…</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/duplicates.py" line="256" />
            <source>Merge the two cases into one (undoable)</source>
            <translation>Екі істі біреуіне біріктіру (болдырмауға болады)</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/duplicates.py" line="257" />
            <source>Not the same &amp;person</source>
            <translation>Басқа &amp;адам</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/duplicates.py" line="258" />
            <source>Hide this pair until the vault is locked</source>
            <translation>Қойма құлыпталғанша бұл жұпты жасыру</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/duplicates.py" line="273" />
            <location filename="../../casetracker/gui/views/duplicates.py" line="291" />
            <source>Why they may be one person</source>
            <translation>Неліктен бұл бір адам болуы мүмкін</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/duplicates.py" line="304" />
            <location filename="../../casetracker/gui/views/duplicates.py" line="305" />
            <location filename="../../casetracker/gui/views/duplicates.py" line="652" />
            <source>Open {ref}</source>
            <translation>{ref} ашу</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/duplicates.py" line="306" />
            <source>Likelihood {score}</source>
            <translation>Ықтималдық {score}</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/duplicates.py" line="358" />
            <source>Duplicates</source>
            <translation>Қайталанулар</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/duplicates.py" line="363" />
            <source>Cases that may record the same person twice. Compare each pair, then merge it or mark it as two people.</source>
            <translation>Бір адам екі рет жазылуы мүмкін істер. Әр жұпты салыстырып, біріктіріңіз не екі бөлек адам деп белгілеңіз.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/duplicates.py" line="381" />
            <source>Scan a&amp;gain</source>
            <translation>Қайта &amp;тексеру</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/duplicates.py" line="386" />
            <source>Scan progress</source>
            <translation>Тексеру барысы</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/duplicates.py" line="387" />
            <source>Cancel</source>
            <translation>Бас тарту</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/duplicates.py" line="411" />
            <source>Dismiss</source>
            <translation>Жасыру</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/duplicates.py" line="450" />
            <source>Compare</source>
            <translation>Салыстыру</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/duplicates.py" line="462" />
            <source>Select a pair to compare the two cases.</source>
            <translation>Екі істі салыстыру үшін жұпты таңдаңыз.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/duplicates.py" line="481" />
            <source>Reading names…</source>
            <translation>Есімдер оқылуда…</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/duplicates.py" line="483" />
            <source>Looking for cases recorded twice…</source>
            <translation>Екі рет жазылған істер ізделуде…</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/duplicates.py" line="495" />
            <source>Scan cancelled.</source>
            <translation>Тексеру тоқтатылды.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/duplicates.py" line="516" />
            <source>Comparing names…</source>
            <translation>Есімдер салыстырылуда…</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/duplicates.py" line="536" />
            <source>The scan stopped: {error}</source>
            <translation>Тексеру тоқтады: {error}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../casetracker/gui/views/duplicates.py" line="553" />
            <source>%Ln possible duplicate(s)</source>
            <translation>
                <numerusform>%Ln ықтимал қайталану</numerusform>
                <numerusform>%Ln ықтимал қайталану</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../casetracker/gui/views/duplicates.py" line="555" />
            <source>%Ln case(s) compared</source>
            <translation>
                <numerusform>%Ln іс салыстырылды</numerusform>
                <numerusform>%Ln іс салыстырылды</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../casetracker/gui/views/duplicates.py" line="557" />
            <source>Show %n hidden pair(s)</source>
            <translation>
                <numerusform>%n жасырын жұпты көрсету</numerusform>
                <numerusform>%n жасырын жұпты көрсету</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/duplicates.py" line="560" />
            <source>No likely duplicates. Cases that may be the same person appear here.</source>
            <translation>Ықтимал қайталанулар жоқ. Бір адамға қатысты болуы мүмкін істер осында шығады.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/duplicates.py" line="599" />
            <source>One of these cases no longer exists.</source>
            <translation>Бұл істердің бірі енді жоқ.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/duplicates.py" line="599" />
            <location filename="../../casetracker/gui/views/duplicates.py" line="675" />
            <source>Scan again</source>
            <translation>Қайта тексеру</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/duplicates.py" line="649" />
            <source>{drop} was merged into {keep}. Ctrl+Z undoes the merge.</source>
            <translation>{drop} ісі {keep} ісіне біріктірілді. Ctrl+Z біріктіруді болдырмайды.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/duplicates.py" line="675" />
            <source>Cases changed since this scan.</source>
            <translation>Тексеруден кейін істер өзгерді.</translation>
        </message>
    </context>
    <context>
        <name>EraseVaultDialog</name>
        <message>
            <location filename="../../casetracker/gui/dialogs/erase.py" line="39" />
            <source>Erase this vault</source>
            <translation>Бұл қойманы өшіру</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/erase.py" line="41" />
            <source>Erase “{name}” for ever?</source>
            <translation>«{name}» біржола өшірілсін бе?</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/erase.py" line="46" />
            <source>Every file is overwritten with random data and deleted. On SSDs and on some file systems old copies of the blocks can remain where no program can reach them. Those copies are encrypted: without the passphrase or the recovery code they cannot be read. The encryption is the real protection; erasing is a second layer. Backups kept elsewhere (another USB stick, another laptop) are not touched.</source>
            <translation>Әр файл кездейсоқ деректермен қайта жазылып, жойылады. SSD-де және кейбір файлдық жүйелерде блоктардың ескі көшірмелері ешбір бағдарлама жете алмайтын жерде қалуы мүмкін. Ол көшірмелер шифрланған: құпия фразасыз не қалпына келтіру кодынсыз оларды оқу мүмкін емес. Нағыз қорғаныс — шифрлау; өшіру — қосымша қабат. Басқа жерде (басқа флешкада, басқа ноутбукта) сақталған сақтық көшірмелерге тиіспейді.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/erase.py" line="58" />
            <source>Type the vault's name, &lt;b&gt;{name}&lt;/b&gt;, to confirm:</source>
            <translation>Растау үшін қойма атауын теріңіз, &lt;b&gt;{name}&lt;/b&gt;:</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/erase.py" line="62" />
            <source>Vault name to confirm erasing</source>
            <translation>Өшіруді растайтын қойма атауы</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/erase.py" line="66" />
            <source>Erase for ever</source>
            <translation>Біржола өшіру</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/erase.py" line="85" />
            <source>This closes the vault and destroys it on this computer: every case, contact, attachment and the history in {path}, and the backups inside it.</source>
            <translation>Қойма жабылып, осы компьютерде жойылады: {path} ішіндегі барлық іс, байланыс, тіркеме мен тарих, сондай-ақ оның ішіндегі сақтық көшірмелер.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../casetracker/gui/dialogs/erase.py" line="91" />
            <source>Also %n backup(s) of this vault in the backup folder.</source>
            <translation>
                <numerusform>Сондай-ақ сақтық көшірмелер қалтасындағы осы қойманың %n көшірмесі.</numerusform>
                <numerusform>Сондай-ақ сақтық көшірмелер қалтасындағы осы қойманың %n көшірмесі.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/erase.py" line="94" />
            <source>This cannot be undone.</source>
            <translation>Мұны болдырмау мүмкін емес.</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <location filename="../../casetracker/gui/bus.py" line="36" />
            <source>Could not save</source>
            <translation>Сақтау мүмкін болмады</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/errors.py" line="239" />
            <source>{field}: {message}</source>
            <translation>{field}: {message}</translation>
        </message>
    </context>
    <context>
        <name>ExportListDialog</name>
        <message>
            <location filename="../../casetracker/gui/dialogs/export_list.py" line="43" />
            <source>CSV spreadsheet (.csv)</source>
            <translation>CSV кестесі (.csv)</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/export_list.py" line="44" />
            <source>Excel workbook (.xlsx)</source>
            <translation>Excel кітабы (.xlsx)</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/export_list.py" line="45" />
            <source>Everything, as JSON (.json)</source>
            <translation>Барлығы, JSON түрінде (.json)</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/export_list.py" line="46" />
            <source>Person Finder, PFIF 1.4 (.xml)</source>
            <translation>Person Finder, PFIF 1.4 (.xml)</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/export_list.py" line="82" />
            <location filename="../../casetracker/gui/dialogs/export_list.py" line="172" />
            <source>Export the case list</source>
            <translation>Істер тізімін экспорттау</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/export_list.py" line="90" />
            <source>Format</source>
            <translation>Пішім</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/export_list.py" line="96" />
            <source>The selected cases ({n})</source>
            <translation>Таңдалған істер ({n})</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/export_list.py" line="97" />
            <source>The cases the list shows now ({n})</source>
            <translation>Тізімде қазір көрсетілген істер ({n})</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/export_list.py" line="98" />
            <source>All cases</source>
            <translation>Барлық іс</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/export_list.py" line="107" />
            <source>File to write</source>
            <translation>Жазылатын файл</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/export_list.py" line="108" />
            <source>Choose…</source>
            <translation>Таңдау…</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/export_list.py" line="116" />
            <source>&amp;Format:</source>
            <translation>&amp;Пішім:</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/export_list.py" line="117" />
            <source>Cases:</source>
            <translation>Істер:</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/export_list.py" line="118" />
            <source>&amp;Save as:</source>
            <translation>&amp;Былай сақтау:</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/export_list.py" line="122" />
            <source>This file is not encrypted. Anyone who gets it can read every name and detail in it. Keep it on an encrypted drive, send it only to people who need it, and delete it when it is no longer needed.</source>
            <translation>Бұл файл шифрланбаған. Кімнің қолына түссе, сол ондағы барлық есім мен мәліметті оқи алады. Оны шифрланған дискіде сақтаңыз, тек қажет адамдарға жіберіңіз және қажеті болмаған кезде жойыңыз.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/export_list.py" line="138" />
            <source>Export</source>
            <translation>Экспорттау</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/export_list.py" line="204" />
            <source>Saved {n} cases to {path} (not encrypted)</source>
            <translation>Істер сақталды ({n}): {path} (шифрланбаған)</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/export_list.py" line="214" />
            <source>The export failed: {error}</source>
            <translation>Экспорт сәтсіз аяқталды: {error}</translation>
        </message>
    </context>
    <context>
        <name>ExportPdfDialog</name>
        <message>
            <location filename="../../casetracker/gui/dialogs/export_pdf.py" line="78" />
            <location filename="../../casetracker/gui/dialogs/export_pdf.py" line="130" />
            <source>Level</source>
            <translation>Деңгейі</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/export_pdf.py" line="82" />
            <source>Language of the summary</source>
            <translation>Анықтаманың тілі</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/export_pdf.py" line="89" />
            <location filename="../../casetracker/gui/dialogs/export_pdf.py" line="132" />
            <source>Recipient</source>
            <translation>Алушы</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/export_pdf.py" line="94" />
            <source>Printed on the summary and kept in the dispatch log</source>
            <translation>Анықтамада басылады және жіберу журналында сақталады</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/export_pdf.py" line="96" />
            <source>Protect with a password (for e-mail)</source>
            <translation>Құпиясөзбен қорғау (эл. пошта үшін)</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/export_pdf.py" line="97" />
            <source>Password</source>
            <translation>Құпиясөз</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/export_pdf.py" line="98" />
            <source>Repeat the password</source>
            <translation>Құпиясөзді қайталаңыз</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/export_pdf.py" line="100" />
            <location filename="../../casetracker/gui/dialogs/export_pdf.py" line="141" />
            <source>Save to</source>
            <translation>Сақтау орны</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/export_pdf.py" line="101" />
            <source>Choose…</source>
            <translation>Таңдау…</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/export_pdf.py" line="131" />
            <source>Language</source>
            <translation>Тіл</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/export_pdf.py" line="143" />
            <source>The PDF is saved outside the encrypted vault: anyone who gets the file can read it. Protect it with a password before sending it by e-mail, and delete it when it is no longer needed. Each export is logged on the case.</source>
            <translation>PDF шифрланған қоймадан тыс сақталады: файл кімнің қолына түссе, сол оқи алады. Оны электрондық поштамен жібермес бұрын құпиясөзбен қорғаңыз, ал қажеті болмаған кезде жойыңыз. Әр экспорт іске жазылады.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/export_pdf.py" line="174" />
            <source>The family's consent does not allow this</source>
            <translation>Отбасының келісімі бұған рұқсат бермейді</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/export_pdf.py" line="197" />
            <source>Use a password of at least {n} characters.</source>
            <translation>Құпиясөз кемінде {n} таңбадан тұруы керек.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/export_pdf.py" line="201" />
            <source>The two passwords differ.</source>
            <translation>Құпиясөздер сәйкес келмейді.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/export_pdf.py" line="203" />
            <source>Choose where to save.</source>
            <translation>Қайда сақтауды таңдаңыз.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/export_pdf.py" line="218" />
            <source>Save into</source>
            <translation>Қалтаға сақтау</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/export_pdf.py" line="221" />
            <source>PDF files (*.pdf)</source>
            <translation>PDF файлдары (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/export_pdf.py" line="221" />
            <source>Save PDF</source>
            <translation>PDF сақтау</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/export_pdf.py" line="241" />
            <source>Export PDF summary of {ref}</source>
            <translation>{ref} анықтамасын PDF-ке экспорттау</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/export_pdf.py" line="247" />
            <source>Export PDF</source>
            <translation>PDF-ке экспорттау</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/export_pdf.py" line="281" />
            <source>Could not export</source>
            <translation>Экспорттау мүмкін болмады</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/export_pdf.py" line="291" />
            <source>Saved {path} (outside the vault)</source>
            <translation>Сақталды: {path} (қоймадан тыс)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../casetracker/gui/dialogs/export_pdf.py" line="318" />
            <source>Export %n case summaries</source>
            <translation>
                <numerusform>%n іс бойынша анықтама экспорттау</numerusform>
                <numerusform>%n іс бойынша анықтама экспорттау</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/export_pdf.py" line="322" />
            <source>One PDF with a cover page listing the cases</source>
            <translation>Істер тізімі бар титул беті бар бір PDF</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/export_pdf.py" line="324" />
            <source>Cases whose family did not consent to this level are skipped and listed.</source>
            <translation>Отбасы бұл деңгейге келісім бермеген істер өткізіліп, тізімде көрсетіледі.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/export_pdf.py" line="335" />
            <source>Export</source>
            <translation>Экспорттау</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/export_pdf.py" line="398" />
            <source>Stopping after the current case…</source>
            <translation>Ағымдағы істен кейін тоқтатылады…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../casetracker/gui/dialogs/export_pdf.py" line="412" />
            <source>%n PDF file(s) saved outside the vault in {where}.</source>
            <translation>
                <numerusform>%n PDF файлы қоймадан тыс сақталды: {where}.</numerusform>
                <numerusform>%n PDF файлы қоймадан тыс сақталды: {where}.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/export_pdf.py" line="417" />
            <source>Cancelled before the end.</source>
            <translation>Соңына дейін жетпей тоқтатылды.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/export_pdf.py" line="419" />
            <source>Skipped (consent):</source>
            <translation>Өткізілді (келісім):</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/export_pdf.py" line="429" />
            <source>The export stopped: {error}</source>
            <translation>Экспорт тоқтады: {error}</translation>
        </message>
    </context>
    <context>
        <name>FacilityDialog</name>
        <message>
            <location filename="../../casetracker/gui/dialogs/facility.py" line="28" />
            <source>Edit facility</source>
            <translation>Ұстау орнын өзгерту</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/facility.py" line="28" />
            <source>New facility</source>
            <translation>Жаңа ұстау орны</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/facility.py" line="34" />
            <source>Name</source>
            <translation>Атауы</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/facility.py" line="38" />
            <source>e.g. Tekes County re-education camp No. 1</source>
            <translation>мыс. Текес ауданының № 1 «қайта тәрбиелеу» лагері</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/facility.py" line="42" />
            <source>Other names</source>
            <translation>Басқа атаулары</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/facility.py" line="45" />
            <source>Official or local names, separated by ;</source>
            <translation>Ресми не жергілікті атаулар, ; арқылы</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/facility.py" line="49" />
            <source>Kind</source>
            <translation>Түрі</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/facility.py" line="55" />
            <source>Place</source>
            <translation>Орналасқан жері</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/facility.py" line="57" />
            <source>County, prefecture</source>
            <translation>Аудан, аймақ</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/facility.py" line="59" />
            <source>Notes</source>
            <translation>Жазбалар</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/facility.py" line="60" />
            <source>Add facility</source>
            <translation>Қосу</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/facility.py" line="60" />
            <source>Save</source>
            <translation>Сақтау</translation>
        </message>
    </context>
    <context>
        <name>FamilySection</name>
        <message>
            <location filename="../../casetracker/gui/casefile/family.py" line="54" />
            <source>Name</source>
            <translation>Аты-жөні</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/family.py" line="55" />
            <source>Relationship</source>
            <translation>Туыстығы</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/family.py" line="56" />
            <source>Phone</source>
            <translation>Телефон</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/family.py" line="57" />
            <source>City</source>
            <translation>Қала</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/family.py" line="58" />
            <source>Consent</source>
            <translation>Келісім</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/family.py" line="93" />
            <source>Reporters of this case</source>
            <translation>Осы іс бойынша хабарлаушылар</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/family.py" line="97" />
            <source>Add reporter…</source>
            <translation>Хабарлаушы қосу…</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/family.py" line="98" />
            <source>Edit…</source>
            <translation>Өзгерту…</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/family.py" line="99" />
            <source>Unlink</source>
            <translation>Ажырату</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/family.py" line="111" />
            <source>Family members and others who report this case. Their consent decides which reports may include their details.</source>
            <translation>Осы іс туралы хабарлаған туыстар мен басқа адамдар. Олардың деректері қай есептерге енетінін олардың келісімі шешеді.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/family.py" line="128" />
            <source>Family</source>
            <translation>Отбасы</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/family.py" line="182" />
            <source>Unlink reporter</source>
            <translation>Хабарлаушыны ажырату</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/family.py" line="183" />
            <source>Unlink {name} from this case? A reporter who reports no other case is removed. You can undo this.</source>
            <translation>{name} осы істен ажыратылсын ба? Басқа іске қатысы жоқ хабарлаушы өшіріледі. Мұны болдырмауға болады.</translation>
        </message>
    </context>
    <context>
        <name>FilterBar</name>
        <message>
            <location filename="../../casetracker/gui/widgets/filterbar.py" line="55" />
            <source>Status filter</source>
            <translation>Мәртебе сүзгісі</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/widgets/filterbar.py" line="70" />
            <location filename="../../casetracker/gui/widgets/filterbar.py" line="95" />
            <source>Any status</source>
            <translation>Кез келген мәртебе</translation>
        </message>
        <message numerus="yes">
            <location filename="../../casetracker/gui/widgets/filterbar.py" line="99" />
            <source>%n statuses</source>
            <translation>
                <numerusform>%n мәртебе</numerusform>
                <numerusform>%n мәртебе</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/widgets/filterbar.py" line="127" />
            <source>Not a date this filter understands</source>
            <translation>Сүзгі бұл күнді түсінбейді</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/widgets/filterbar.py" line="148" />
            <source>Search by name in any script, reference or ID number</source>
            <translation>Кез келген жазудағы аты, іс нөмірі не құжат нөмірі бойынша іздеу</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/widgets/filterbar.py" line="150" />
            <source>Search cases</source>
            <translation>Істерді іздеу</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/widgets/filterbar.py" line="156" />
            <source>Ethnicity filter</source>
            <translation>Ұлт сүзгісі</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/widgets/filterbar.py" line="160" />
            <source>Any hometown</source>
            <translation>Кез келген жер</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/widgets/filterbar.py" line="161" />
            <source>Hometown filter</source>
            <translation>Туған жер сүзгісі</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/widgets/filterbar.py" line="163" />
            <source>from</source>
            <translation>бастап</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/widgets/filterbar.py" line="164" />
            <source>to</source>
            <translation>дейін</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/widgets/filterbar.py" line="165" />
            <source>Follow-up due</source>
            <translation>Тексеру керек</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/widgets/filterbar.py" line="166" />
            <source>Incomplete records</source>
            <translation>Толық емес</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/widgets/filterbar.py" line="168" />
            <source>Clear filters</source>
            <translation>Тазарту</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/widgets/filterbar.py" line="185" />
            <source>Status since</source>
            <translation>Мәртебе күні</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/widgets/filterbar.py" line="217" />
            <source>Any ethnicity</source>
            <translation>Кез келген ұлт</translation>
        </message>
    </context>
    <context>
        <name>FollowUpsPanel</name>
        <message>
            <location filename="../../casetracker/gui/views/followups.py" line="105" />
            <source>Overdue</source>
            <translation>Мерзімі өткен</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/followups.py" line="107" />
            <source>This week</source>
            <translation>Осы апта</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/followups.py" line="109" />
            <source>Next week</source>
            <translation>Келесі апта</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/followups.py" line="110" />
            <source>Week of {date}</source>
            <translation>{date} басталатын апта</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/followups.py" line="141" />
            <source>Follow-ups</source>
            <translation>Еске салғыштар</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/followups.py" line="146" />
            <source>Due and overdue</source>
            <translation>Мерзімі жеткен және өткен</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/followups.py" line="150" />
            <source>Nothing is due. Follow-up dates set on letters and meetings appear here.</source>
            <translation>Мерзімі жеткен ештеңе жоқ. Хаттар мен кездесулерге қойылған тексеру күндері осында шығады.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/followups.py" line="161" />
            <source>Done</source>
            <translation>Орындалды</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/followups.py" line="162" />
            <source>Due</source>
            <translation>Мерзімі</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/followups.py" line="163" />
            <source>Case</source>
            <translation>Іс</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/followups.py" line="164" />
            <source>Name</source>
            <translation>Аты-жөні</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/followups.py" line="165" />
            <source>Organisation</source>
            <translation>Ұйым</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/followups.py" line="166" />
            <source>Kind</source>
            <translation>Түрі</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/followups.py" line="167" />
            <source>Summary</source>
            <translation>Мазмұны</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/followups.py" line="171" />
            <source>Follow-ups due</source>
            <translation>Алдағы тексерулер</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/followups.py" line="200" />
            <source>Due by {date}: {n} · overdue: {overdue}</source>
            <translation>{date} дейін: {n} · мерзімі өткен: {overdue}</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/followups.py" line="267" />
            <source>Mark this follow-up done</source>
            <translation>Орындалды деп белгілеу</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/followups.py" line="274" />
            <source>Overdue since {date}</source>
            <translation>{date} бастап мерзімі өткен</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/followups.py" line="298" />
            <source>Follow-up marked done (Undo restores it)</source>
            <translation>Орындалды деп белгіленді (болдырмау қайтарады)</translation>
        </message>
    </context>
    <context>
        <name>FuzzyDateEdit</name>
        <message>
            <location filename="../../casetracker/gui/widgets/fuzzydate_edit.py" line="140" />
            <source>e.g. spring 2018, about 1975, 12.04.1980, before 2019</source>
            <translation>мыс. 2018 көктемі, шамамен 1975, 12.04.1980, 2019 дейін</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/widgets/fuzzydate_edit.py" line="151" />
            <source>Not a date. Try e.g. 04.2018, spring 2018, about 2018, before 2019.</source>
            <translation>Бұл күн емес. Мысалы: 04.2018, 2018 көктемі, шамамен 2018, 2019 дейін.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/widgets/fuzzydate_edit.py" line="155" />
            <source>Not a date: {reason}</source>
            <translation>Бұл күн емес: {reason}</translation>
        </message>
    </context>
    <context>
        <name>HistorySection</name>
        <message>
            <location filename="../../casetracker/gui/casefile/history.py" line="66" />
            <location filename="../../casetracker/gui/casefile/history.py" line="92" />
            <source>name</source>
            <translation>аты</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/history.py" line="67" />
            <source>hometown</source>
            <translation>туған жері</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/history.py" line="68" />
            <source>occupation</source>
            <translation>кәсібі</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/history.py" line="69" />
            <source>ethnicity</source>
            <translation>ұлты</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/history.py" line="70" />
            <source>citizenship</source>
            <translation>азаматтығы</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/history.py" line="71" />
            <source>birth date</source>
            <translation>туған күні</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/history.py" line="72" />
            <source>notes</source>
            <translation>жазбалар</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/history.py" line="73" />
            <source>request</source>
            <translation>өтініш</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/history.py" line="74" />
            <source>status</source>
            <translation>мәртебе</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/history.py" line="75" />
            <source>current status</source>
            <translation>қазіргі мәртебе</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/history.py" line="76" />
            <source>status date</source>
            <translation>мәртебе күні</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/history.py" line="77" />
            <source>sex</source>
            <translation>жынысы</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/history.py" line="78" />
            <source>consent</source>
            <translation>келісім</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/history.py" line="79" />
            <source>place</source>
            <translation>орны</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/history.py" line="80" />
            <source>note</source>
            <translation>ескертпе</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/history.py" line="81" />
            <source>sentence</source>
            <translation>үкім</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/history.py" line="82" />
            <source>charge</source>
            <translation>айып</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/history.py" line="83" />
            <source>source</source>
            <translation>дереккөз</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/history.py" line="84" />
            <source>confidence</source>
            <translation>сенімділік</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/history.py" line="85" />
            <source>relationship</source>
            <translation>туыстығы</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/history.py" line="86" />
            <source>follow-up done</source>
            <translation>тексеру орындалды</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/history.py" line="87" />
            <source>date</source>
            <translation>күні</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/history.py" line="88" />
            <source>caption</source>
            <translation>сипаттама</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/history.py" line="89" />
            <source>source note</source>
            <translation>шыққан жері</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/history.py" line="90" />
            <source>file</source>
            <translation>файл</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/history.py" line="91" />
            <source>number</source>
            <translation>нөмірі</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/history.py" line="127" />
            <source>When</source>
            <translation>Қашан</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/history.py" line="128" />
            <source>Who</source>
            <translation>Кім</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/history.py" line="129" />
            <source>What</source>
            <translation>Не</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/history.py" line="130" />
            <source>Field</source>
            <translation>Өріс</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/history.py" line="131" />
            <source>Before → after</source>
            <translation>Бұрын → кейін</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/history.py" line="151" />
            <source>(no name set)</source>
            <translation>(аты көрсетілмеген)</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/history.py" line="172" />
            <source>Changes to this case</source>
            <translation>Осы істегі өзгерістер</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/history.py" line="182" />
            <source>History</source>
            <translation>Тарих</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/history.py" line="189" />
            <source>Every change to this case, newest first. Use Undo to reverse one.</source>
            <translation>Осы істегі барлық өзгеріс, жаңалары басында. Өзгерісті қайтару үшін «Болдырмау» пәрменін қолданыңыз.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/history.py" line="191" />
            <source>No changes recorded since this case was added or imported.</source>
            <translation>Іс қосылғаннан не импортталғаннан бері өзгеріс болған жоқ.</translation>
        </message>
    </context>
    <context>
        <name>IdentifierListEdit</name>
        <message>
            <location filename="../../casetracker/gui/casefile/identifiers.py" line="39" />
            <source>PRC resident ID</source>
            <translation>ҚХР жеке куәлігі</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/identifiers.py" line="40" />
            <source>Passport</source>
            <translation>Төлқұжат</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/identifiers.py" line="41" />
            <source>Kazakhstan IIN</source>
            <translation>Қазақстан ЖСН</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/identifiers.py" line="42" />
            <source>Other</source>
            <translation>Басқа</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/identifiers.py" line="61" />
            <source>Looks valid</source>
            <translation>Дұрыс сияқты</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/identifiers.py" line="63" />
            <source>Valid · born {date} · {sex}</source>
            <translation>Дұрыс · туған күні {date} · {sex}</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/identifiers.py" line="81" />
            <source>No identity documents recorded.</source>
            <translation>Құжаттар жазылмаған.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/identifiers.py" line="84" />
            <source>Kind of document</source>
            <translation>Құжат түрі</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/identifiers.py" line="88" />
            <source>Document number</source>
            <translation>Құжат нөмірі</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/identifiers.py" line="89" />
            <source>Number</source>
            <translation>Нөмірі</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/identifiers.py" line="90" />
            <source>Add</source>
            <translation>Қосу</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/identifiers.py" line="91" />
            <source>Add this document</source>
            <translation>Осы құжатты қосу</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/identifiers.py" line="130" />
            <source>Remove</source>
            <translation>Алып тастау</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/identifiers.py" line="133" />
            <source>Remove {kind} {value}</source>
            <translation>Алып тастау: {kind} {value}</translation>
        </message>
    </context>
    <context>
        <name>IdentitySection</name>
        <message>
            <location filename="../../casetracker/gui/casefile/identity.py" line="47" />
            <source>PRC citizen</source>
            <translation>ҚХР азаматы</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/identity.py" line="48" />
            <source>PRC citizen, Kazakhstan residence permit</source>
            <translation>ҚХР азаматы, Қазақстанда тұруға ықтиярхаты бар</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/identity.py" line="49" />
            <source>Kazakhstan citizen</source>
            <translation>Қазақстан азаматы</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/identity.py" line="79" />
            <source>Identity</source>
            <translation>Жеке басы</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/identity.py" line="84" />
            <location filename="../../casetracker/gui/casefile/identity.py" line="118" />
            <source>Sex</source>
            <translation>Жынысы</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/identity.py" line="85" />
            <location filename="../../casetracker/gui/casefile/identity.py" line="119" />
            <source>Birth date</source>
            <translation>Туған күні</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/identity.py" line="86" />
            <source>Age</source>
            <translation>Жасы</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/identity.py" line="89" />
            <location filename="../../casetracker/gui/casefile/identity.py" line="121" />
            <source>Ethnicity</source>
            <translation>Ұлты</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/identity.py" line="94" />
            <source>Citizenship or residence status</source>
            <translation>Азаматтығы не тұру мәртебесі</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/identity.py" line="97" />
            <location filename="../../casetracker/gui/casefile/identity.py" line="123" />
            <source>Hometown</source>
            <translation>Туған жері</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/identity.py" line="97" />
            <source>Prefecture › county › township › village</source>
            <translation>Аймақ › аудан › болыс › ауыл</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/identity.py" line="99" />
            <location filename="../../casetracker/gui/casefile/identity.py" line="124" />
            <source>Occupation</source>
            <translation>Кәсібі</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/identity.py" line="100" />
            <source>Consent</source>
            <translation>Келісім</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/identity.py" line="106" />
            <source>Source of the photo</source>
            <translation>Фотосурет дереккөзі</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/identity.py" line="106" />
            <source>Where this photo came from</source>
            <translation>Бұл фотосурет қайдан алынды</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/identity.py" line="108" />
            <source>Add photo…</source>
            <translation>Фотосурет қосу…</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/identity.py" line="109" />
            <source>Add a photo from a file</source>
            <translation>Файлдан фотосурет қосу</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/identity.py" line="113" />
            <source>Personal details</source>
            <translation>Жеке деректер</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/identity.py" line="120" />
            <source>Age if no birth date</source>
            <translation>Туған күні белгісіз болса, жасы</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/identity.py" line="122" />
            <source>Citizenship / residence</source>
            <translation>Азаматтығы / тұруы</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/identity.py" line="125" />
            <source>Consent for reports</source>
            <translation>Есептерге келісім</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/identity.py" line="133" />
            <source>Photo</source>
            <translation>Фотосурет</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/identity.py" line="135" />
            <source>Source</source>
            <translation>Дереккөз</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/identity.py" line="141" />
            <source>Names</source>
            <translation>Есімдері</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/identity.py" line="143" />
            <source>Every written form: Chinese ID card, Arabic script, Cyrillic, passport.</source>
            <translation>Барлық жазылу түрі: Қытай куәлігі, араб жазуы, кирилл, төлқұжат.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/identity.py" line="146" />
            <source>Identity documents</source>
            <translation>Құжаттар</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/identity.py" line="282" />
            <source>Add photo</source>
            <translation>Фотосурет қосу</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/identity.py" line="284" />
            <source>Images (*.jpg *.jpeg *.png *.gif *.bmp *.webp)</source>
            <translation>Суреттер (*.jpg *.jpeg *.png *.gif *.bmp *.webp)</translation>
        </message>
    </context>
    <context>
        <name>ImportWizard</name>
        <message>
            <location filename="../../casetracker/gui/dialogs/import_wizard.py" line="63" />
            <source>Choose a spreadsheet</source>
            <translation>Кестені таңдаңыз</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/import_wizard.py" line="65" />
            <source>File</source>
            <translation>Файл</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/import_wizard.py" line="66" />
            <source>Browse…</source>
            <translation>Шолу…</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/import_wizard.py" line="82" />
            <source>Import cases</source>
            <translation>Істерді импорттау</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/import_wizard.py" line="82" />
            <source>Spreadsheets (*.csv *.xlsx *.ods)</source>
            <translation>Кестелер (*.csv *.xlsx *.ods)</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/import_wizard.py" line="115" />
            <source>Which column holds what</source>
            <translation>Қай бағанда не бар</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/import_wizard.py" line="121" />
            <source>Skip rows that are already a case</source>
            <translation>Іс ретінде бар жолдарды өткізіп жіберу</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/import_wizard.py" line="122" />
            <source>Update the existing case</source>
            <translation>Бар істі жаңарту</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/import_wizard.py" line="123" />
            <source>Add them as new cases</source>
            <translation>Жаңа іс ретінде қосу</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/import_wizard.py" line="140" />
            <source>— do not import —</source>
            <translation>— импорттамау —</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/import_wizard.py" line="148" />
            <source>A row that is already a case</source>
            <translation>Іс ретінде бар жол</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/import_wizard.py" line="163" />
            <source>Check and import</source>
            <translation>Тексеру және импорттау</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/import_wizard.py" line="168" />
            <source>Column</source>
            <translation>Баған</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/import_wizard.py" line="168" />
            <source>Reason</source>
            <translation>Себебі</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/import_wizard.py" line="168" />
            <source>Row</source>
            <translation>Жол</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/import_wizard.py" line="168" />
            <source>Value</source>
            <translation>Мәні</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/import_wizard.py" line="171" />
            <source>Import only the valid rows</source>
            <translation>Тек дұрыс жолдарды импорттау</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/import_wizard.py" line="172" />
            <source>Cancel</source>
            <translation>Бас тарту</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/import_wizard.py" line="242" />
            <source>Import cases from a spreadsheet</source>
            <translation>Кестеден істерді импорттау</translation>
        </message>
    </context>
    <context>
        <name>InteractionDialog</name>
        <message>
            <location filename="../../casetracker/gui/dialogs/interaction.py" line="57" />
            <source>Edit advocacy step</source>
            <translation>Өтінішті өзгерту</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/interaction.py" line="57" />
            <source>Log advocacy step</source>
            <translation>Өтінішті тіркеу</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/interaction.py" line="66" />
            <location filename="../../casetracker/gui/dialogs/interaction.py" line="113" />
            <source>Date</source>
            <translation>Күні</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/interaction.py" line="67" />
            <location filename="../../casetracker/gui/dialogs/interaction.py" line="114" />
            <source>Kind</source>
            <translation>Түрі</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/interaction.py" line="68" />
            <source>Direction</source>
            <translation>Бағыты</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/interaction.py" line="70" />
            <location filename="../../casetracker/gui/dialogs/interaction.py" line="115" />
            <source>Organisation</source>
            <translation>Ұйым</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/interaction.py" line="72" />
            <location filename="../../casetracker/gui/dialogs/interaction.py" line="73" />
            <source>Name of the new organisation</source>
            <translation>Жаңа ұйымның атауы</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/interaction.py" line="74" />
            <source>Kind of organisation</source>
            <translation>Ұйым түрі</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/interaction.py" line="77" />
            <location filename="../../casetracker/gui/dialogs/interaction.py" line="117" />
            <source>Contact</source>
            <translation>Байланыс</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/interaction.py" line="78" />
            <source>Type a new name or pick</source>
            <translation>Жаңа атын теріңіз не таңдаңыз</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/interaction.py" line="80" />
            <location filename="../../casetracker/gui/dialogs/interaction.py" line="118" />
            <source>Summary</source>
            <translation>Мазмұны</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/interaction.py" line="83" />
            <location filename="../../casetracker/gui/dialogs/interaction.py" line="119" />
            <source>Response</source>
            <translation>Жауап</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/interaction.py" line="84" />
            <source>Follow up by</source>
            <translation>Тексеру мерзімі</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/interaction.py" line="87" />
            <source>Follow-up date</source>
            <translation>Тексеру күні</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/interaction.py" line="88" />
            <source>Follow-up done</source>
            <translation>Тексеру орындалды</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/interaction.py" line="120" />
            <source>Follow-up</source>
            <translation>Тексеру</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/interaction.py" line="135" />
            <source>— none —</source>
            <translation>— жоқ —</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/interaction.py" line="138" />
            <source>New organisation…</source>
            <translation>Жаңа ұйым…</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <location filename="../../casetracker/gui/labels.py" line="34" />
            <source>Detained in a camp</source>
            <translation>Лагерьде ұсталған</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/labels.py" line="35" />
            <source>Pre-trial detention</source>
            <translation>Алдын ала қамауда</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/labels.py" line="36" />
            <source>Sentenced / in prison</source>
            <translation>Сотталған, түрмеде</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/labels.py" line="37" />
            <source>House arrest</source>
            <translation>Үй қамағында</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/labels.py" line="38" />
            <source>Forced labour</source>
            <translation>Мәжбүрлі еңбекте</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/labels.py" line="39" />
            <source>Released, cannot leave China</source>
            <translation>Шығуға тыйым салынған</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/labels.py" line="40" />
            <source>Released</source>
            <translation>Босатылған</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/labels.py" line="41" />
            <source>Allowed to leave China</source>
            <translation>Қытайдан шығуға рұқсат</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/labels.py" line="42" />
            <source>Arrived in Kazakhstan</source>
            <translation>Қазақстанға келген</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/labels.py" line="43" />
            <source>Died</source>
            <translation>Қайтыс болған</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/labels.py" line="44" />
            <source>Disappeared</source>
            <translation>Хабарсыз кеткен</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/labels.py" line="45" />
            <source>Unknown</source>
            <translation>Белгісіз</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/labels.py" line="46" />
            <source>Family testimony</source>
            <translation>Отбасы куәлігі</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/labels.py" line="47" />
            <source>Document</source>
            <translation>Құжат</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/labels.py" line="48" />
            <location filename="../../casetracker/gui/labels.py" line="87" />
            <location filename="../../casetracker/gui/labels.py" line="96" />
            <source>Media</source>
            <translation>БАҚ</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/labels.py" line="49" />
            <source>Leaked official list</source>
            <translation>Сыртқа тараған ресми тізім</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/labels.py" line="50" />
            <source>PRC official statement</source>
            <translation>ҚХР ресми мәлімдемесі</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/labels.py" line="51" />
            <source>Proof-of-life video</source>
            <translation>«Тірі екенінің дәлелі» бейнежазбасы</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/labels.py" line="52" />
            <location filename="../../casetracker/gui/labels.py" line="76" />
            <location filename="../../casetracker/gui/labels.py" line="81" />
            <location filename="../../casetracker/gui/labels.py" line="89" />
            <location filename="../../casetracker/gui/labels.py" line="111" />
            <source>Other</source>
            <translation>Басқа</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/labels.py" line="53" />
            <source>Confirmed</source>
            <translation>Расталған</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/labels.py" line="54" />
            <source>Probable</source>
            <translation>Ықтимал</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/labels.py" line="55" />
            <source>Possible</source>
            <translation>Мүмкін</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/labels.py" line="56" />
            <source>Unverified</source>
            <translation>Тексерілмеген</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/labels.py" line="57" />
            <source>Male</source>
            <translation>Ер</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/labels.py" line="58" />
            <source>Female</source>
            <translation>Әйел</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/labels.py" line="59" />
            <source>Not known</source>
            <translation>Белгісіз</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/labels.py" line="60" />
            <source>Internal use only</source>
            <translation>Тек ішкі пайдалану үшін</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/labels.py" line="61" />
            <source>Embassies and UN</source>
            <translation>Елшіліктер мен БҰҰ</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/labels.py" line="62" />
            <source>Public</source>
            <translation>Жария</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/labels.py" line="63" />
            <source>Spouse</source>
            <translation>Жұбайы</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/labels.py" line="64" />
            <source>Son or daughter</source>
            <translation>Ұлы не қызы</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/labels.py" line="65" />
            <source>Parent</source>
            <translation>Әкесі не анасы</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/labels.py" line="66" />
            <source>Brother or sister</source>
            <translation>Бауыры (аға, іні, апа, сіңлі)</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/labels.py" line="67" />
            <source>Grandchild</source>
            <translation>Немересі</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/labels.py" line="68" />
            <source>Grandparent</source>
            <translation>Атасы не әжесі</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/labels.py" line="69" />
            <source>Nephew or niece</source>
            <translation>Жиені не бауырының баласы</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/labels.py" line="70" />
            <source>Uncle or aunt</source>
            <translation>Көкесі, нағашысы не тәтесі</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/labels.py" line="71" />
            <source>Cousin</source>
            <translation>Немере туысы</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/labels.py" line="72" />
            <source>In-law</source>
            <translation>Құда-жекжаты</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/labels.py" line="73" />
            <source>Other relative</source>
            <translation>Басқа туысы</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/labels.py" line="74" />
            <source>Friend or neighbour</source>
            <translation>Досы не көршісі</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/labels.py" line="75" />
            <source>The person themself</source>
            <translation>Адамның өзі</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/labels.py" line="77" />
            <source>Camp</source>
            <translation>Лагерь</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/labels.py" line="78" />
            <source>Detention centre</source>
            <translation>Тергеу изоляторы</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/labels.py" line="79" />
            <source>Prison</source>
            <translation>Түрме</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/labels.py" line="80" />
            <source>Factory</source>
            <translation>Фабрика</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/labels.py" line="82" />
            <source>Embassy</source>
            <translation>Елшілік</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/labels.py" line="83" />
            <source>Consulate</source>
            <translation>Консулдық</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/labels.py" line="84" />
            <source>Ministry</source>
            <translation>Министрлік</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/labels.py" line="85" />
            <source>UN body</source>
            <translation>БҰҰ органы</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/labels.py" line="86" />
            <source>NGO</source>
            <translation>ҮЕҰ</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/labels.py" line="88" />
            <source>Lawyer</source>
            <translation>Заңгер</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/labels.py" line="90" />
            <source>Letter</source>
            <translation>Хат</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/labels.py" line="91" />
            <source>E-mail</source>
            <translation>Эл. хат</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/labels.py" line="92" />
            <source>Meeting</source>
            <translation>Кездесу</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/labels.py" line="93" />
            <source>Phone call</source>
            <translation>Телефон қоңырауы</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/labels.py" line="94" />
            <source>Petition</source>
            <translation>Петиция</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/labels.py" line="95" />
            <source>UN communication</source>
            <translation>БҰҰ-ға хабарлама</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/labels.py" line="97" />
            <source>Sent</source>
            <translation>Жіберілді</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/labels.py" line="98" />
            <source>Received</source>
            <translation>Алынды</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/labels.py" line="99" />
            <source>No response</source>
            <translation>Жауап жоқ</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/labels.py" line="100" />
            <source>Acknowledged</source>
            <translation>Алғаны расталды</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/labels.py" line="101" />
            <source>Denied</source>
            <translation>Бас тартылды</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/labels.py" line="102" />
            <source>Asked for more information</source>
            <translation>Қосымша мәлімет сұралды</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/labels.py" line="103" />
            <source>Favourable</source>
            <translation>Оң жауап</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/labels.py" line="104" />
            <source>Kazakh</source>
            <translation>Қазақ</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/labels.py" line="105" />
            <source>Uyghur</source>
            <translation>Ұйғыр</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/labels.py" line="106" />
            <source>Kyrgyz</source>
            <translation>Қырғыз</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/labels.py" line="107" />
            <source>Hui</source>
            <translation>Дүңген (хуэй)</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/labels.py" line="108" />
            <source>Uzbek</source>
            <translation>Өзбек</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/labels.py" line="109" />
            <source>Tatar</source>
            <translation>Татар</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/labels.py" line="110" />
            <source>Han</source>
            <translation>Хань (қытай)</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/labels.py" line="143" />
            <source>Not recorded</source>
            <translation>Көрсетілмеген</translation>
        </message>
    </context>
    <context>
        <name>LanguageMenu</name>
        <message>
            <location filename="../../casetracker/gui/language.py" line="63" />
            <source>&amp;Language</source>
            <translation>&amp;Тіл</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../casetracker/gui/language.py" line="81" />
            <location filename="../../casetracker/gui/mainactions.py" line="184" />
            <source>&amp;View</source>
            <translation>&amp;Көрініс</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/mainactions.py" line="59" />
            <source>&amp;Spreadsheet (CSV, Excel, ODS)…</source>
            <translation>&amp;Кесте (CSV, Excel, ODS)…</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/mainactions.py" line="60" />
            <source>&amp;Person Finder (PFIF)…</source>
            <translation>&amp;Person Finder (PFIF)…</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/mainactions.py" line="61" />
            <source>CaseTracker &amp;JSON…</source>
            <translation>CaseTracker &amp;JSON…</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/mainactions.py" line="62" />
            <source>&amp;Export list…</source>
            <translation>Тізімді &amp;экспорттау…</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/mainactions.py" line="63" />
            <source>Export &amp;PDF summary…</source>
            <translation>Анықтаманы &amp;PDF-ке экспорттау…</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/mainactions.py" line="64" />
            <source>&amp;Export a bundle…</source>
            <translation>Буманы &amp;экспорттау…</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/mainactions.py" line="65" />
            <source>&amp;Import a bundle…</source>
            <translation>Буманы &amp;импорттау…</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/mainactions.py" line="66" />
            <source>&amp;Merge conflicts…</source>
            <translation>Біріктірудегі &amp;сәйкессіздіктер…</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/mainactions.py" line="67" />
            <source>Change &amp;passphrase…</source>
            <translation>Құпия &amp;фразаны ауыстыру…</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/mainactions.py" line="68" />
            <source>New &amp;recovery code…</source>
            <translation>Жаңа қалпына келтіру &amp;коды…</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/mainactions.py" line="69" />
            <source>&amp;Back up now…</source>
            <translation>Сақтық &amp;көшірме жасау…</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/mainactions.py" line="70" />
            <source>Re&amp;store from backup…</source>
            <translation>Көшірмеден қ&amp;алпына келтіру…</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/mainactions.py" line="71" />
            <source>Check &amp;integrity</source>
            <translation>&amp;Тұтастығын тексеру</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/mainactions.py" line="72" />
            <source>&amp;History of changes…</source>
            <translation>Өзгерістер &amp;тарихы…</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/mainactions.py" line="73" />
            <source>Se&amp;ttings…</source>
            <translation>&amp;Баптаулар…</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/mainactions.py" line="74" />
            <source>&amp;Erase this vault…</source>
            <translation>Бұл қойманы &amp;өшіру…</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/mainactions.py" line="113" />
            <source>&amp;New case…</source>
            <translation>&amp;Жаңа іс…</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/mainactions.py" line="116" />
            <source>Add a new case</source>
            <translation>Жаңа іс қосу</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/mainactions.py" line="120" />
            <source>&amp;Search</source>
            <translation>&amp;Іздеу</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/mainactions.py" line="123" />
            <source>Search the cases</source>
            <translation>Істерді іздеу</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/mainactions.py" line="125" />
            <location filename="../../casetracker/gui/mainactions.py" line="234" />
            <source>&amp;Undo</source>
            <translation>&amp;Болдырмау</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/mainactions.py" line="126" />
            <location filename="../../casetracker/gui/mainactions.py" line="235" />
            <source>&amp;Redo</source>
            <translation>&amp;Қайталау</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/mainactions.py" line="127" />
            <source>&amp;Back to the list</source>
            <translation>Тізімге &amp;оралу</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/mainactions.py" line="130" />
            <source>&amp;Lock</source>
            <translation>Құ&amp;лыптау</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/mainactions.py" line="133" />
            <source>Lock the vault: close it and ask for the passphrase again</source>
            <translation>Қойманы құлыптау: оны жауып, құпия фразаны қайта сұрау</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/mainactions.py" line="135" />
            <source>&amp;Quit</source>
            <translation>&amp;Шығу</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/mainactions.py" line="136" />
            <source>&amp;About CaseTracker</source>
            <translation>CaseTracker &amp;туралы</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/mainactions.py" line="137" />
            <source>Names in &amp;Latin script first</source>
            <translation>Есімдер алдымен &amp;латын жазуымен</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/mainactions.py" line="138" />
            <source>Names in &amp;Cyrillic script first</source>
            <translation>Есімдер алдымен &amp;кириллицамен</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/mainactions.py" line="141" />
            <source>Lock and &amp;hide everything</source>
            <translation>Құлыптап, бәрін &amp;жасыру</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/mainactions.py" line="144" />
            <source>Panic: lock at once, close every window and empty the clipboard</source>
            <translation>Қауіп: бірден құлыптау, барлық терезені жабу және алмасу буферін тазарту</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/mainactions.py" line="162" />
            <source>&amp;File</source>
            <translation>&amp;Файл</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/mainactions.py" line="166" />
            <source>&amp;Import</source>
            <translation>&amp;Импорт</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/mainactions.py" line="171" />
            <source>&amp;Transfer bundle</source>
            <translation>&amp;Тасымалдау бумасы</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/mainactions.py" line="179" />
            <source>&amp;Edit</source>
            <translation>Т&amp;үзету</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/mainactions.py" line="192" />
            <source>V&amp;ault</source>
            <translation>&amp;Қойма</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/mainactions.py" line="203" />
            <source>&amp;Help</source>
            <translation>&amp;Анықтама</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/mainactions.py" line="208" />
            <source>Main toolbar</source>
            <translation>Негізгі құралдар тақтасы</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/mainactions.py" line="234" />
            <source>Undo {label}</source>
            <translation>Болдырмау: {label}</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/mainactions.py" line="235" />
            <source>Redo {label}</source>
            <translation>Қайталау: {label}</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/mainactions.py" line="236" />
            <source>Undo</source>
            <translation>Болдырмау</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/mainactions.py" line="237" />
            <source>Redo</source>
            <translation>Қайталау</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/mainwindow.py" line="82" />
            <location filename="../../casetracker/gui/mainwindow.py" line="100" />
            <source>The vault is locked.</source>
            <translation>Қойма құлыпталған.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/mainwindow.py" line="84" />
            <source>Unlock…</source>
            <translation>Құлпын ашу…</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/mainwindow.py" line="89" />
            <source>Unlocking</source>
            <translation>Құлып ашылуда</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/mainwindow.py" line="100" />
            <source>Opening the vault…</source>
            <translation>Қойма ашылуда…</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/mainwindow.py" line="155" />
            <source>{name} — opening…</source>
            <translation>{name} — ашылуда…</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/mainwindow.py" line="170" />
            <source>Sections</source>
            <translation>Бөлімдер</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/mainwindow.py" line="348" />
            <source>About CaseTracker</source>
            <translation>CaseTracker туралы</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/mainwindow.py" line="349" />
            <source>&lt;b&gt;CaseTracker {version}&lt;/b&gt;&lt;p&gt;Encrypted records of relatives detained in Xinjiang, kept on this computer only.&lt;/p&gt;</source>
            <translation>&lt;b&gt;CaseTracker {version}&lt;/b&gt;&lt;p&gt;Шыңжаңда ұсталған туыстар туралы шифрланған жазбалар. Тек осы компьютерде сақталады.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/mainwindow.py" line="487" />
            <source>{name} — locked</source>
            <translation>{name} — құлыпталған</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/panels.py" line="27" />
            <source>Overview</source>
            <translation>Шолу</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/panels.py" line="28" />
            <source>Cases</source>
            <translation>Істер</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/panels.py" line="29" />
            <source>Follow-ups</source>
            <translation>Еске салғыштар</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/panels.py" line="30" />
            <source>Contacts</source>
            <translation>Байланыстар</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/panels.py" line="31" />
            <source>Facilities</source>
            <translation>Ұстау орындары</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/panels.py" line="32" />
            <source>Rally entry</source>
            <translation>Акцияда тіркеу</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/panels.py" line="33" />
            <source>Duplicates</source>
            <translation>Қайталанулар</translation>
        </message>
    </context>
    <context>
        <name>MergeDialog</name>
        <message>
            <location filename="../../casetracker/gui/dialogs/merge.py" line="46" />
            <location filename="../../casetracker/gui/dialogs/merge.py" line="177" />
            <source>Sex</source>
            <translation>Жынысы</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/merge.py" line="47" />
            <location filename="../../casetracker/gui/dialogs/merge.py" line="176" />
            <source>Born</source>
            <translation>Туған күні</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/merge.py" line="48" />
            <source>Age</source>
            <translation>Жасы</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/merge.py" line="49" />
            <location filename="../../casetracker/gui/dialogs/merge.py" line="178" />
            <source>Hometown</source>
            <translation>Туған жері</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/merge.py" line="50" />
            <source>Ethnicity</source>
            <translation>Ұлты</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/merge.py" line="51" />
            <source>Citizenship</source>
            <translation>Азаматтығы</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/merge.py" line="52" />
            <source>Occupation</source>
            <translation>Кәсібі</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/merge.py" line="53" />
            <source>Notes</source>
            <translation>Жазбалар</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/merge.py" line="54" />
            <source>Family's request</source>
            <translation>Отбасының өтініші</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/merge.py" line="55" />
            <source>Consent</source>
            <translation>Келісім</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/merge.py" line="94" />
            <source>age {age}</source>
            <translation>жасы {age}</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/merge.py" line="175" />
            <source>Names</source>
            <translation>Есімдері</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/merge.py" line="179" />
            <source>Status</source>
            <translation>Мәртебесі</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/merge.py" line="180" />
            <source>Reporters</source>
            <translation>Хабарлаушылар</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/merge.py" line="182" />
            <source>Identifiers</source>
            <translation>Құжаттар</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/merge.py" line="185" />
            <source>On record</source>
            <translation>Жазылғаны</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/merge.py" line="218" />
            <source>since {date}</source>
            <translation>{date} бастап</translation>
        </message>
        <message numerus="yes">
            <location filename="../../casetracker/gui/dialogs/merge.py" line="244" />
            <location filename="../../casetracker/gui/dialogs/merge.py" line="283" />
            <source>%n status event(s)</source>
            <translation>
                <numerusform>%n мәртебе оқиғасы</numerusform>
                <numerusform>%n мәртебе оқиғасы</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../casetracker/gui/dialogs/merge.py" line="245" />
            <location filename="../../casetracker/gui/dialogs/merge.py" line="286" />
            <source>%n attachment(s)</source>
            <translation>
                <numerusform>%n тіркеме</numerusform>
                <numerusform>%n тіркеме</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../casetracker/gui/dialogs/merge.py" line="281" />
            <source>%n name(s)</source>
            <translation>
                <numerusform>%n есім</numerusform>
                <numerusform>%n есім</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../casetracker/gui/dialogs/merge.py" line="282" />
            <source>%n identifier(s)</source>
            <translation>
                <numerusform>%n құжат</numerusform>
                <numerusform>%n құжат</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../casetracker/gui/dialogs/merge.py" line="284" />
            <source>%n reporter(s)</source>
            <translation>
                <numerusform>%n хабарлаушы</numerusform>
                <numerusform>%n хабарлаушы</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../casetracker/gui/dialogs/merge.py" line="285" />
            <source>%n letter(s) or meeting(s)</source>
            <translation>
                <numerusform>%n өтініш</numerusform>
                <numerusform>%n өтініш</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../casetracker/gui/dialogs/merge.py" line="287" />
            <source>%n sent summary record(s)</source>
            <translation>
                <numerusform>анықтама жіберу туралы %n жазба</numerusform>
                <numerusform>анықтама жіберу туралы %n жазба</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/merge.py" line="296" />
            <source>Moves from {drop} to {keep}: {what}.</source>
            <translation>{drop} ісінен {keep} ісіне көшеді: {what}.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/merge.py" line="300" />
            <source>{drop} has nothing that {keep} does not already have.</source>
            <translation>{drop} ісінде {keep} ісінде жоқ ештеңе жоқ.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../casetracker/gui/dialogs/merge.py" line="305" />
            <source>%n record(s) both cases have are kept once.</source>
            <translation>
                <numerusform>Екі істе де бар %n жазба бір рет сақталады.</numerusform>
                <numerusform>Екі істе де бар %n жазба бір рет сақталады.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/merge.py" line="308" />
            <source>Taken over from {drop}: {fields}.</source>
            <translation>{drop} ісінен алынды: {fields}.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/merge.py" line="311" />
            <source>{drop} is then removed; its reference keeps finding {keep}. Ctrl+Z undoes it.</source>
            <translation>Содан кейін {drop} өшіріледі; оның нөмірі бойынша {keep} табыла береді. Ctrl+Z мұны болдырмайды.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/merge.py" line="331" />
            <source>Recorded differently</source>
            <translation>Әртүрлі жазылған</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/merge.py" line="347" />
            <source>Choose what the merged case keeps. {ref}'s value is chosen unless you change it.</source>
            <translation>Біріктірілген іс нені сақтайтынын таңдаңыз. Өзгертпесеңіз, {ref} ісіндегі мән таңдалады.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/merge.py" line="352" />
            <source>No field is recorded differently: nothing to choose.</source>
            <translation>Әртүрлі жазылған өріс жоқ: таңдайтын ештеңе жоқ.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/merge.py" line="368" />
            <source>Keep both texts</source>
            <translation>Екі мәтінді де қалдыру</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/merge.py" line="369" />
            <source>{field}: keep both texts</source>
            <translation>{field}: екі мәтінді де қалдыру</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/merge.py" line="387" />
            <source>{field}: {value} (from {ref})</source>
            <translation>{field}: {value} ({ref} ісінен)</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/merge.py" line="416" />
            <source>Merge two cases</source>
            <translation>Екі істі біріктіру</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/merge.py" line="424" />
            <source>Merge only when both cases record the same person. Everything recorded in the case you do not keep moves to the one you keep.</source>
            <translation>Екі іс те бір адам туралы болса ғана біріктіріңіз. Қалдырмайтын істегі барлық жазба қалдыратын іске көшеді.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/merge.py" line="441" />
            <source>What merging does</source>
            <translation>Біріктіру не істейді</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/merge.py" line="462" />
            <source>Keep:</source>
            <translation>Қалдыру:</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/merge.py" line="467" />
            <source>Keep {ref}</source>
            <translation>{ref} қалдыру</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/merge.py" line="497" />
            <source>Kept</source>
            <translation>Қалады</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/merge.py" line="497" />
            <source>Moves into it, then removed</source>
            <translation>Соған көшіп, кейін өшіріледі</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/merge.py" line="503" />
            <source>Merge into {ref}</source>
            <translation>{ref} ісіне біріктіру</translation>
        </message>
    </context>
    <context>
        <name>NameEdit</name>
        <message>
            <location filename="../../casetracker/gui/widgets/name_edit.py" line="28" />
            <source>Cyrillic</source>
            <translation>Кирилл</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/widgets/name_edit.py" line="29" />
            <source>Latin</source>
            <translation>Латын</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/widgets/name_edit.py" line="30" />
            <source>Arabic</source>
            <translation>Араб</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/widgets/name_edit.py" line="31" />
            <source>Chinese</source>
            <translation>Қытай</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/widgets/name_edit.py" line="32" />
            <source>Script?</source>
            <translation>Жазуы?</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/widgets/name_edit.py" line="35" />
            <source>Primary</source>
            <translation>Негізгі</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/widgets/name_edit.py" line="36" />
            <source>Passport</source>
            <translation>Төлқұжат</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/widgets/name_edit.py" line="37" />
            <source>Alias</source>
            <translation>Басқа есімі</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/widgets/name_edit.py" line="79" />
            <source>Name</source>
            <translation>Есім</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/widgets/name_edit.py" line="80" />
            <source>Name in any script</source>
            <translation>Кез келген жазудағы есім</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/widgets/name_edit.py" line="86" />
            <source>Kind of name</source>
            <translation>Есім түрі</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/widgets/name_edit.py" line="89" />
            <source>Remove</source>
            <translation>Алып тастау</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/widgets/name_edit.py" line="90" />
            <source>Remove this name</source>
            <translation>Бұл есімді алып тастау</translation>
        </message>
    </context>
    <context>
        <name>NameListEdit</name>
        <message>
            <location filename="../../casetracker/gui/widgets/name_edit.py" line="145" />
            <source>+ Add a name</source>
            <translation>+ Есім қосу</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/widgets/name_edit.py" line="146" />
            <source>Add a name</source>
            <translation>Есім қосу</translation>
        </message>
    </context>
    <context>
        <name>NewCaseDialog</name>
        <message>
            <location filename="../../casetracker/gui/dialogs/new_case.py" line="45" />
            <source>Latin</source>
            <translation>латын</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/new_case.py" line="46" />
            <source>Cyrillic</source>
            <translation>кирилл</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/new_case.py" line="47" />
            <source>Arabic script</source>
            <translation>араб жазуы</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/new_case.py" line="48" />
            <source>Chinese characters</source>
            <translation>қытай иероглифтері</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/new_case.py" line="49" />
            <source>Other script</source>
            <translation>басқа жазу</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/new_case.py" line="87" />
            <source>Script: {script}</source>
            <translation>Жазуы: {script}</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/new_case.py" line="185" />
            <source>Already on record?</source>
            <translation>Бұрын жазылған ба?</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/new_case.py" line="188" />
            <source>These cases may be the same person. Open one instead of entering it twice.</source>
            <translation>Бұл істер сол адамға қатысты болуы мүмкін. Екі рет енгізбеу үшін солардың бірін ашыңыз.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/new_case.py" line="219" />
            <source>Open this case instead</source>
            <translation>Осы істі ашу</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/new_case.py" line="220" />
            <source>Open {ref} instead</source>
            <translation>{ref} ашу</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/new_case.py" line="247" />
            <source>New case</source>
            <translation>Жаңа іс</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/new_case.py" line="252" />
            <source>Start with the name as the family gives it, in any script. Everything else can be added in the case file.</source>
            <translation>Отбасы айтқан есімнен бастаңыз, кез келген жазумен. Қалғанының бәрін іс парағында қосуға болады.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/new_case.py" line="291" />
            <location filename="../../casetracker/gui/dialogs/new_case.py" line="336" />
            <source>Create case</source>
            <translation>Іс құру</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/new_case.py" line="291" />
            <source>Create new case anyway</source>
            <translation>Сонда да жаңа іс құру</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/new_case.py" line="312" />
            <source>Name</source>
            <translation>Есім</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/new_case.py" line="312" />
            <source>e.g. Қалиолла Мұхаметұлы, Qaliolla, 哈力奥拉</source>
            <translation>мыс. Қалиолла Мұхаметұлы, Qaliolla, 哈力奥拉</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/new_case.py" line="315" />
            <source>optional: the same name in another script</source>
            <translation>міндетті емес: сол есім басқа жазумен</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/new_case.py" line="316" />
            <source>Name in another script</source>
            <translation>Басқа жазудағы есім</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/new_case.py" line="320" />
            <source>Hometown</source>
            <translation>Туған жері</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/new_case.py" line="321" />
            <source>optional: prefecture, county or village</source>
            <translation>міндетті емес: аймақ, аудан не ауыл</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/new_case.py" line="326" />
            <source>&amp;Name:</source>
            <translation>&amp;Есім:</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/new_case.py" line="327" />
            <source>&amp;Other spelling:</source>
            <translation>&amp;Басқаша жазылуы:</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/new_case.py" line="328" />
            <source>&amp;Hometown:</source>
            <translation>&amp;Туған жері:</translation>
        </message>
    </context>
    <context>
        <name>NotesSection</name>
        <message>
            <location filename="../../casetracker/gui/casefile/notes.py" line="39" />
            <location filename="../../casetracker/gui/casefile/notes.py" line="58" />
            <location filename="../../casetracker/gui/casefile/notes.py" line="73" />
            <source>Notes</source>
            <translation>Жазбалар</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/notes.py" line="40" />
            <source>Anything the family told you, what to check next, who to call…</source>
            <translation>Отбасы айтқанның бәрі, әрі қарай не тексеру, кімге қоңырау шалу керек…</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/notes.py" line="43" />
            <location filename="../../casetracker/gui/casefile/notes.py" line="62" />
            <source>Request to the recipient</source>
            <translation>Алушыға өтініш</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/notes.py" line="44" />
            <source>What this case asks of an embassy or UN body: raise the case, proof of life, release, permission to leave, family reunification…</source>
            <translation>Бұл іс бойынша елшіліктен не БҰҰ органынан не сұралады: мәселені көтеру, тірі екенін дәлелдеу, босату, шығуға рұқсат, отбасын біріктіру…</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/notes.py" line="63" />
            <source>Printed on case summaries for embassies and UN bodies.</source>
            <translation>Елшіліктер мен БҰҰ органдарына арналған іс анықтамаларында басылады.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/notes.py" line="99" />
            <source>Editing…</source>
            <translation>Өңделуде…</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/notes.py" line="102" />
            <source>Saved at {time}</source>
            <translation>{time} сақталды</translation>
        </message>
    </context>
    <context>
        <name>Operations</name>
        <message>
            <location filename="../../casetracker/gui/corelabels.py" line="19" />
            <source>Add case</source>
            <translation>Іс қосу</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/corelabels.py" line="20" />
            <source>Edit case</source>
            <translation>Істі өзгерту</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/corelabels.py" line="21" />
            <source>Edit names</source>
            <translation>Есімдерді өзгерту</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/corelabels.py" line="22" />
            <source>Add identifier</source>
            <translation>Құжат қосу</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/corelabels.py" line="23" />
            <source>Remove identifier</source>
            <translation>Құжатты алып тастау</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/corelabels.py" line="24" />
            <source>Delete case</source>
            <translation>Істі жою</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/corelabels.py" line="25" />
            <source>Import case</source>
            <translation>Істі импорттау</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/corelabels.py" line="26" />
            <source>Update case</source>
            <translation>Істі жаңарту</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/corelabels.py" line="27" />
            <source>Merge cases</source>
            <translation>Істерді біріктіру</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/corelabels.py" line="28" />
            <source>Resolve merge conflict</source>
            <translation>Сәйкессіздікті шешу</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/corelabels.py" line="29" />
            <source>Add status event</source>
            <translation>Мәртебе оқиғасын қосу</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/corelabels.py" line="30" />
            <source>Edit status event</source>
            <translation>Мәртебе оқиғасын өзгерту</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/corelabels.py" line="31" />
            <source>Delete status event</source>
            <translation>Мәртебе оқиғасын жою</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/corelabels.py" line="32" />
            <source>Add reporter</source>
            <translation>Хабарлаушы қосу</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/corelabels.py" line="33" />
            <source>Edit reporter</source>
            <translation>Хабарлаушыны өзгерту</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/corelabels.py" line="34" />
            <source>Edit relationship</source>
            <translation>Туыстықты өзгерту</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/corelabels.py" line="35" />
            <source>Remove reporter</source>
            <translation>Хабарлаушыны ажырату</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/corelabels.py" line="36" />
            <source>Add organisation</source>
            <translation>Ұйым қосу</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/corelabels.py" line="37" />
            <source>Edit organisation</source>
            <translation>Ұйымды өзгерту</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/corelabels.py" line="38" />
            <source>Add contact</source>
            <translation>Байланыс қосу</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/corelabels.py" line="39" />
            <source>Edit contact</source>
            <translation>Байланысты өзгерту</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/corelabels.py" line="40" />
            <source>Add interaction</source>
            <translation>Өтініш қосу</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/corelabels.py" line="41" />
            <source>Edit interaction</source>
            <translation>Өтінішті өзгерту</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/corelabels.py" line="42" />
            <source>Delete interaction</source>
            <translation>Өтінішті жою</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/corelabels.py" line="43" />
            <source>Add attachment</source>
            <translation>Тіркеме қосу</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/corelabels.py" line="44" />
            <source>Edit attachment</source>
            <translation>Тіркемені өзгерту</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/corelabels.py" line="45" />
            <source>Remove attachment</source>
            <translation>Тіркемені алып тастау</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/corelabels.py" line="46" />
            <source>Add facility</source>
            <translation>Ұстау орнын қосу</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/corelabels.py" line="47" />
            <source>Edit facility</source>
            <translation>Ұстау орнын өзгерту</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/corelabels.py" line="48" />
            <source>Delete facility</source>
            <translation>Ұстау орнын жою</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/corelabels.py" line="49" />
            <source>Change setting</source>
            <translation>Баптауды өзгерту</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/corelabels.py" line="50" />
            <source>Export case summary</source>
            <translation>Іс анықтамасын экспорттау</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/corelabels.py" line="51" />
            <source>Rally entry</source>
            <translation>Акцияда тіркеу</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/corelabels.py" line="52" />
            <source>Add testimony</source>
            <translation>Куәлік қосу</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/corelabels.py" line="53" />
            <source>Change passphrase</source>
            <translation>Құпия фразаны ауыстыру</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/corelabels.py" line="54" />
            <source>New recovery code</source>
            <translation>Жаңа қалпына келтіру коды</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/corelabels.py" line="59" />
            <source>Undo {label}</source>
            <translation>Болдырмау: {label}</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/corelabels.py" line="60" />
            <source>Redo {label}</source>
            <translation>Қайталау: {label}</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/corelabels.py" line="63" />
            <source>Create demo data ({n})</source>
            <translation>Демо деректер құру ({n})</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/corelabels.py" line="65" />
            <source>Import cases ({n})</source>
            <translation>Істерді импорттау ({n})</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/corelabels.py" line="68" />
            <source>Import cases from {name}</source>
            <translation>{name} файлынан істерді импорттау</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/corelabels.py" line="70" />
            <source>Import PFIF {name}</source>
            <translation>PFIF импорттау: {name}</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/corelabels.py" line="73" />
            <source>Merge bundle from {name}</source>
            <translation>{name} бумасын біріктіру</translation>
        </message>
    </context>
    <context>
        <name>OrganizationDialog</name>
        <message>
            <location filename="../../casetracker/gui/dialogs/organization.py" line="32" />
            <source>Edit organisation</source>
            <translation>Ұйымды өзгерту</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/organization.py" line="32" />
            <source>New organisation</source>
            <translation>Жаңа ұйым</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/organization.py" line="38" />
            <source>Name</source>
            <translation>Атауы</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/organization.py" line="42" />
            <source>e.g. Embassy of Germany in Astana</source>
            <translation>мыс. Германияның Астанадағы елшілігі</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/organization.py" line="45" />
            <source>Kind</source>
            <translation>Түрі</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/organization.py" line="47" />
            <source>Country</source>
            <translation>Ел</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/organization.py" line="48" />
            <source>Notes</source>
            <translation>Жазбалар</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/organization.py" line="49" />
            <source>Add organisation</source>
            <translation>Ұйым қосу</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/organization.py" line="49" />
            <source>Save</source>
            <translation>Сақтау</translation>
        </message>
    </context>
    <context>
        <name>OverviewPanel</name>
        <message>
            <location filename="../../casetracker/gui/views/overview.py" line="128" />
            <source>Overview</source>
            <translation>Шолу</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/overview.py" line="160" />
            <source>All cases</source>
            <translation>Барлық іс</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/overview.py" line="160" />
            <source>Every case in this vault</source>
            <translation>Осы қоймадағы барлық іс</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/overview.py" line="161" />
            <source>Held now</source>
            <translation>Қазір ұсталуда</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/overview.py" line="162" />
            <source>Released</source>
            <translation>Босатылған</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/overview.py" line="163" />
            <source>Died</source>
            <translation>Қайтыс болған</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/overview.py" line="164" />
            <source>Whereabouts unknown</source>
            <translation>Қайда екені белгісіз</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/overview.py" line="170" />
            <source>Current status: {list}</source>
            <translation>Қазіргі мәртебесі: {list}</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/overview.py" line="178" />
            <location filename="../../casetracker/gui/views/overview.py" line="179" />
            <source>Cases by current status</source>
            <translation>Қазіргі мәртебе бойынша істер</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/overview.py" line="185" />
            <source>No news for more than 6 months</source>
            <translation>6 айдан астам хабар жоқ</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/overview.py" line="189" />
            <source>Case</source>
            <translation>Іс</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/overview.py" line="190" />
            <source>Name</source>
            <translation>Аты-жөні</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/overview.py" line="191" />
            <source>Status</source>
            <translation>Мәртебесі</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/overview.py" line="192" />
            <source>Last news</source>
            <translation>Соңғы хабар</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/overview.py" line="195" />
            <source>Cases without news for 6 months</source>
            <translation>6 ай бойы хабарсыз істер</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/overview.py" line="201" />
            <source>New cases recorded</source>
            <translation>Жаңадан тіркелген істер</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/overview.py" line="201" />
            <source>Per month, last 24 months</source>
            <translation>Ай сайын, соңғы 24 ай</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/overview.py" line="202" />
            <source>New cases recorded per month</source>
            <translation>Ай сайын тіркелген жаңа істер</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/overview.py" line="203" />
            <source>No cases recorded in the last 24 months</source>
            <translation>Соңғы 24 айда іс тіркелмеген</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/overview.py" line="209" />
            <source>Releases over time</source>
            <translation>Жылдар бойынша босатылу</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/overview.py" line="210" />
            <source>Release, departure and arrival events per year of their date</source>
            <translation>Босатылу, шығу және келу оқиғалары жылдар бойынша</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/overview.py" line="212" />
            <source>Releases per year</source>
            <translation>Жыл сайынғы босатылу</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/overview.py" line="213" />
            <source>No dated releases recorded yet</source>
            <translation>Күні көрсетілген босатылу әлі жоқ</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/overview.py" line="218" />
            <source>Top hometowns</source>
            <translation>Ең жиі кездесетін туған жерлер</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/overview.py" line="219" />
            <source>Cases by hometown</source>
            <translation>Туған жер бойынша істер</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/overview.py" line="220" />
            <source>No hometowns recorded yet</source>
            <translation>Туған жерлер әлі жазылмаған</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/overview.py" line="225" />
            <source>Ethnicity</source>
            <translation>Ұлты</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/overview.py" line="226" />
            <source>Cases by ethnicity</source>
            <translation>Ұлт бойынша істер</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/overview.py" line="227" />
            <source>No cases yet</source>
            <translation>Әзірге іс жоқ</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/overview.py" line="258" />
            <source>Could not compute the overview: {error}</source>
            <translation>Шолуды дайындау мүмкін болмады: {error}</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/overview.py" line="277" />
            <source>As of {date}</source>
            <translation>{date} жағдай бойынша</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/overview.py" line="281" />
            <source>{shown} of {total} places, by number of cases</source>
            <translation>{total} жердің {shown} — істер саны бойынша</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/overview.py" line="290" />
            <source>New cases</source>
            <translation>Жаңа істер</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/overview.py" line="315" />
            <source>Last confirmed {date}</source>
            <translation>Соңғы расталған күні: {date}</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/overview.py" line="319" />
            <source>In total: {n} · oldest news first</source>
            <translation>Барлығы: {n} · ең ескі хабарлар басында</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/overview.py" line="321" />
            <source>showing the {n} oldest</source>
            <translation>ең ескілері көрсетілген: {n}</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/overview.py" line="322" />
            <source>Every case has recent news</source>
            <translation>Барлық іс бойынша соңғы хабар бар</translation>
        </message>
    </context>
    <context>
        <name>PassphraseDialog</name>
        <message>
            <location filename="../../casetracker/gui/dialogs/passphrase.py" line="75" />
            <source>The current passphrase is wrong.</source>
            <translation>Қазіргі құпия фраза қате.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/passphrase.py" line="78" />
            <source>It did not work: {error}</source>
            <translation>Болмады: {error}</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/passphrase.py" line="97" />
            <source>Change the passphrase</source>
            <translation>Құпия фразаны ауыстыру</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/passphrase.py" line="105" />
            <source>The new passphrase replaces the old one at once. The recovery code keeps working. A backup is taken first; old backups still open with the passphrase that was valid when they were made.</source>
            <translation>Жаңа құпия фраза ескісін бірден алмастырады. Қалпына келтіру коды жұмыс істей береді. Алдымен сақтық көшірме жасалады; ескі көшірмелер олар жасалған кездегі құпия фразамен ашылады.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/passphrase.py" line="114" />
            <location filename="../../casetracker/gui/dialogs/passphrase.py" line="252" />
            <source>Current passphrase</source>
            <translation>Қазіргі құпия фраза</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/passphrase.py" line="115" />
            <source>New passphrase</source>
            <translation>Жаңа құпия фраза</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/passphrase.py" line="116" />
            <source>Repeat the new passphrase</source>
            <translation>Жаңа құпия фразаны қайталаңыз</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/passphrase.py" line="122" />
            <location filename="../../casetracker/gui/dialogs/passphrase.py" line="255" />
            <source>&amp;Current passphrase:</source>
            <translation>&amp;Қазіргі құпия фраза:</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/passphrase.py" line="125" />
            <source>&amp;New passphrase:</source>
            <translation>&amp;Жаңа құпия фраза:</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/passphrase.py" line="127" />
            <source>&amp;Repeat it:</source>
            <translation>Қайта&amp;лаңыз:</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/passphrase.py" line="136" />
            <source>Change passphrase</source>
            <translation>Құпия фразаны ауыстыру</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/passphrase.py" line="163" />
            <source>Choose a stronger passphrase: a few unrelated words work well.</source>
            <translation>Мықтырақ құпия фраза таңдаңыз: бір-бірімен байланыссыз бірнеше сөз жақсы жарайды.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/passphrase.py" line="165" />
            <source>Use at least {n} characters.</source>
            <translation>Кемінде {n} таңба керек.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/passphrase.py" line="167" />
            <source>The two passphrases differ.</source>
            <translation>Құпия фразалар сәйкес келмейді.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/passphrase.py" line="169" />
            <source>The new passphrase is the same as the current one.</source>
            <translation>Жаңа құпия фраза қазіргісімен бірдей.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/passphrase.py" line="196" />
            <source>Passphrase changed. The recovery code still works. Backup taken first: {path}</source>
            <translation>Құпия фраза ауыстырылды. Қалпына келтіру коды әлі жұмыс істейді. Алдын ала сақтық көшірме жасалды: {path}</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/passphrase.py" line="231" />
            <source>New recovery code</source>
            <translation>Жаңа қалпына келтіру коды</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/passphrase.py" line="243" />
            <source>A new recovery code replaces the old one, which stops working at once: destroy the paper it is written on. Make a new code if the old one may have been seen or lost.</source>
            <translation>Жаңа қалпына келтіру коды ескісін алмастырады, ескісі бірден жұмысын тоқтатады: ол жазылған қағазды жойыңыз. Ескі кодты біреу көрген не ол жоғалған болса, жаңа код жасаңыз.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/passphrase.py" line="262" />
            <source>Make a new code</source>
            <translation>Жаңа код жасау</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/passphrase.py" line="272" />
            <source>Done</source>
            <translation>Дайын</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/passphrase.py" line="272" />
            <source>Your new recovery code</source>
            <translation>Жаңа қалпына келтіру кодыңыз</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/passphrase.py" line="320" />
            <source>Print the recovery code</source>
            <translation>Қалпына келтіру кодын басып шығару</translation>
        </message>
        <message>
            <source>I have written it down</source>
            <translation type="vanished">Кодты жазып алдым</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation type="vanished">Басып шығару…</translation>
        </message>
        <message>
            <source>Recovery code</source>
            <translation type="vanished">Қалпына келтіру коды</translation>
        </message>
    </context>
    <context>
        <name>PhotoWell</name>
        <message>
            <location filename="../../casetracker/gui/casefile/photo.py" line="70" />
            <source>Photo</source>
            <translation>Фотосурет</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/photo.py" line="80" />
            <source>Drop an image file here to add a photo</source>
            <translation>Фотосурет қосу үшін сурет файлын осында сүйреңіз</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/photo.py" line="146" />
            <source>No photo yet.
Drop an image file here.</source>
            <translation>Фотосурет әлі жоқ.
Сурет файлын осында сүйреңіз.</translation>
        </message>
    </context>
    <context>
        <name>RallyForm</name>
        <message>
            <location filename="../../casetracker/gui/rally/fields.py" line="92" />
            <source>Script: {script}</source>
            <translation>Жазуы: {script}</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/rally/fields.py" line="101" />
            <source>1975, about 1975, 40s</source>
            <translation>1975, шамамен 1975, 40-тар</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/rally/fields.py" line="113" />
            <source>born {date}</source>
            <translation>туған күні: {date}</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/rally/fields.py" line="116" />
            <source>Not a year or an age. Try 1975, about 1975, 1970s, 45 or 40s.</source>
            <translation>Бұл жыл да, жас та емес. Мысалы: 1975, шамамен 1975, 1970-жылдар, 45 не 40-тар.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/rally/fields.py" line="130" />
            <source>Choose a photo…</source>
            <translation>Фотосурет таңдау…</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/rally/fields.py" line="131" />
            <source>Choose a photo from a file</source>
            <translation>Файлдан фотосурет таңдау</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/rally/fields.py" line="132" />
            <source>Camera…</source>
            <translation>Камера…</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/rally/fields.py" line="133" />
            <source>Take a photo with the camera</source>
            <translation>Камерамен суретке түсіру</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/rally/fields.py" line="140" />
            <source>Remove</source>
            <translation>Алып тастау</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/rally/fields.py" line="141" />
            <source>Remove the photo</source>
            <translation>Фотосуретті алып тастау</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/rally/fields.py" line="160" />
            <source>Photo of the detained person</source>
            <translation>Ұсталған адамның фотосуреті</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/rally/fields.py" line="162" />
            <source>Images</source>
            <translation>Суреттер</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/rally/fields.py" line="220" />
            <source>optional</source>
            <translation>міндетті емес</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/rally/form.py" line="118" />
            <source>In any script: Қалиолла, Qaliolla, قالىوللا</source>
            <translation>Кез келген жазумен: Қалиолла, Qaliolla, قالىوللا</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/rally/form.py" line="121" />
            <source>Born (year or age)</source>
            <translation>Туған жылы не жасы</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/rally/form.py" line="123" />
            <source>Prefecture, county or village</source>
            <translation>Аймақ, аудан не ауыл</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/rally/form.py" line="125" />
            <source>Since when</source>
            <translation>Қашаннан бері</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/rally/form.py" line="126" />
            <source>spring 2018, about 2017, before 2019</source>
            <translation>2018 көктемі, шамамен 2017, 2019 дейін</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/rally/form.py" line="130" />
            <source>The relative who tells us</source>
            <translation>Хабарлап отырған туысы</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/rally/form.py" line="133" />
            <source>+7 701 123 45 67</source>
            <translation>+7 701 123 45 67</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/rally/form.py" line="136" />
            <source>Anything else the family says</source>
            <translation>Отбасы айтқан басқа мәліметтер</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/rally/form.py" line="137" />
            <source>— ask the family —</source>
            <translation>— отбасынан сұраңыз —</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/rally/form.py" line="142" />
            <source>Detained person</source>
            <translation>Ұсталған адам</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/rally/form.py" line="143" />
            <source>&amp;Name</source>
            <translation>&amp;Есімі</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/rally/form.py" line="144" />
            <source>Se&amp;x</source>
            <translation>&amp;Жынысы</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/rally/form.py" line="145" />
            <source>&amp;Born</source>
            <translation>&amp;Туған жылы</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/rally/form.py" line="146" />
            <source>&amp;Hometown</source>
            <translation>Туған жер&amp;і</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/rally/form.py" line="147" />
            <source>Current &amp;status</source>
            <translation>Қазіргі &amp;мәртебесі</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/rally/form.py" line="148" />
            <source>S&amp;ince</source>
            <translation>&amp;Қашаннан бері</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/rally/form.py" line="149" />
            <source>Told by</source>
            <translation>Кім хабарлады</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/rally/form.py" line="150" />
            <source>&amp;Relative</source>
            <translation>Т&amp;уысы</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/rally/form.py" line="151" />
            <source>Relations&amp;hip</source>
            <translation>Туыстығ&amp;ы</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/rally/form.py" line="152" />
            <source>&amp;Phone</source>
            <translation>Телефо&amp;н</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/rally/form.py" line="153" />
            <source>Ph&amp;oto</source>
            <translation>&amp;Фотосурет</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/rally/form.py" line="154" />
            <source>No&amp;te</source>
            <translation>Ескерт&amp;пе</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/rally/form.py" line="155" />
            <source>&amp;Consent</source>
            <translation>&amp;Келісім</translation>
        </message>
    </context>
    <context>
        <name>RallyPanel</name>
        <message>
            <location filename="../../casetracker/gui/rally/header.py" line="23" />
            <source>Rally entry</source>
            <translation>Акцияда тіркеу</translation>
        </message>
        <message numerus="yes">
            <location filename="../../casetracker/gui/rally/header.py" line="45" />
            <source>%n recorded this session</source>
            <translation>
                <numerusform>Осы сеанста %n адам тіркелді</numerusform>
                <numerusform>Осы сеанста %n адам тіркелді</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/rally/header.py" line="47" />
            <source>Nobody recorded yet in this session</source>
            <translation>Осы сеанста әлі ешкім тіркелмеді</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/rally/panel.py" line="105" />
            <source>Enter: next field · Ctrl+Enter: save, next person · Alt+1…5: same person · Esc: discard</source>
            <translation>Enter: келесі өріс · Ctrl+Enter: сақтау, келесі адам · Alt+1…5: сол адам · Esc: тастау</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/rally/panel.py" line="168" />
            <source>Last field: Ctrl+Enter saves this person.</source>
            <translation>Соңғы өріс: Ctrl+Enter осы адамды сақтайды.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/rally/panel.py" line="195" />
            <source>Could not look for similar cases: {error}</source>
            <translation>Ұқсас істерді іздеу мүмкін болмады: {error}</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/rally/panel.py" line="220" />
            <source>&lt;b&gt;Adding a testimony to {ref}&lt;/b&gt; · {name}&lt;br&gt;Ctrl+Enter adds it to that case · Alt+0: a new person after all</source>
            <translation>&lt;b&gt;{ref} ісіне куәлік қосу&lt;/b&gt; · {name}&lt;br&gt;Ctrl+Enter оны сол іске қосады · Alt+0: бәрібір жаңа адам</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/rally/panel.py" line="247" />
            <source>Nothing to save yet.</source>
            <translation>Әзірге сақтайтын ештеңе жоқ.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/rally/panel.py" line="262" />
            <source>Added to {ref}</source>
            <translation>{ref} ісіне қосылды</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/rally/panel.py" line="262" />
            <source>Saved {ref}</source>
            <translation>Сақталды: {ref}</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/rally/panel.py" line="305" />
            <source>Discard this entry?</source>
            <translation>Бұл жазбаны тастау керек пе?</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/rally/panel.py" line="306" />
            <source>Everything typed for this person will be lost.</source>
            <translation>Осы адам туралы терілгеннің бәрі жойылады.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/rally/panel.py" line="309" />
            <source>Discard</source>
            <translation>Тастау</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/rally/panel.py" line="310" />
            <source>Keep typing</source>
            <translation>Теруді жалғастыру</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/rally/panel.py" line="317" />
            <source>Entry discarded.</source>
            <translation>Жазба тасталды.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/rally/panel.py" line="349" />
            <source>Draft restored: the entry you were typing is back.</source>
            <translation>Жоба қалпына келтірілді: сіз терген жазба қайтарылды.</translation>
        </message>
    </context>
    <context>
        <name>RallyReviewPanel</name>
        <message>
            <location filename="../../casetracker/gui/rally/review.py" line="37" />
            <source>sex</source>
            <translation>жынысы</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/rally/review.py" line="38" />
            <source>birth year</source>
            <translation>туған жылы</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/rally/review.py" line="39" />
            <source>hometown</source>
            <translation>туған жері</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/rally/review.py" line="40" />
            <source>status</source>
            <translation>мәртебесі</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/rally/review.py" line="41" />
            <source>since when</source>
            <translation>қашаннан бері</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/rally/review.py" line="42" />
            <source>relative</source>
            <translation>туысы</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/rally/review.py" line="43" />
            <source>phone</source>
            <translation>телефон</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/rally/review.py" line="49" />
            <source>✓ complete</source>
            <translation>✓ толық</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/rally/review.py" line="51" />
            <source>⚠ missing: {fields}</source>
            <translation>⚠ жетіспейді: {fields}</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/rally/review.py" line="125" />
            <location filename="../../casetracker/gui/rally/review.py" line="168" />
            <source>Today's entries</source>
            <translation>Бүгінгі жазбалар</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/rally/review.py" line="126" />
            <source>Case</source>
            <translation>Іс</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/rally/review.py" line="126" />
            <source>Name · still to fill in</source>
            <translation>Есімі · әлі толтыру керек</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/rally/review.py" line="152" />
            <source>{name} (testimony added)</source>
            <translation>{name} (куәлік қосылды)</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/rally/review.py" line="164" />
            <source>Today's entries: {count} ({incomplete} incomplete)</source>
            <translation>Бүгінгі жазбалар: {count} (толық еместері: {incomplete})</translation>
        </message>
    </context>
    <context>
        <name>ReporterDialog</name>
        <message>
            <location filename="../../casetracker/gui/dialogs/reporter.py" line="55" />
            <source>Add reporter</source>
            <translation>Хабарлаушы қосу</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/reporter.py" line="55" />
            <source>Edit reporter</source>
            <translation>Хабарлаушыны өзгерту</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/reporter.py" line="57" />
            <location filename="../../casetracker/gui/dialogs/reporter.py" line="84" />
            <source>Name</source>
            <translation>Аты-жөні</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/reporter.py" line="62" />
            <source>Relationship to the person</source>
            <translation>Кім болып келеді</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/reporter.py" line="65" />
            <location filename="../../casetracker/gui/dialogs/reporter.py" line="87" />
            <source>Phone</source>
            <translation>Телефон</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/reporter.py" line="66" />
            <location filename="../../casetracker/gui/dialogs/reporter.py" line="88" />
            <source>City</source>
            <translation>Қала</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/reporter.py" line="69" />
            <location filename="../../casetracker/gui/dialogs/reporter.py" line="89" />
            <source>Consent</source>
            <translation>Келісім</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/reporter.py" line="73" />
            <location filename="../../casetracker/gui/dialogs/reporter.py" line="100" />
            <source>Notes</source>
            <translation>Жазбалар</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/reporter.py" line="86" />
            <source>Relationship</source>
            <translation>Туыстығы</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/reporter.py" line="91" />
            <source>Consent decides which reports may name this person: internal only, embassies and UN bodies, or the public.</source>
            <translation>Келісім бұл адамның аты қай есептерде аталатынын шешеді: тек ішкі, елшіліктер мен БҰҰ органдары үшін немесе жария.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/reporter.py" line="115" />
            <source>A name is required.</source>
            <translation>Аты-жөні міндетті.</translation>
        </message>
    </context>
    <context>
        <name>ServiceErrors</name>
        <message>
            <location filename="../../casetracker/gui/errors.py" line="26" />
            <source>Name</source>
            <translation>Аты</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/errors.py" line="27" />
            <location filename="../../casetracker/gui/errors.py" line="28" />
            <source>Names</source>
            <translation>Есімдері</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/errors.py" line="29" />
            <source>Reference</source>
            <translation>Іс нөмірі</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/errors.py" line="30" />
            <source>Sex</source>
            <translation>Жынысы</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/errors.py" line="31" />
            <source>Ethnicity</source>
            <translation>Ұлты</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/errors.py" line="32" />
            <source>Citizenship</source>
            <translation>Азаматтығы</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/errors.py" line="33" />
            <source>Hometown</source>
            <translation>Туған жері</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/errors.py" line="34" />
            <source>Occupation</source>
            <translation>Кәсібі</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/errors.py" line="35" />
            <source>Notes</source>
            <translation>Жазбалар</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/errors.py" line="36" />
            <source>Request</source>
            <translation>Өтініш</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/errors.py" line="37" />
            <source>Consent</source>
            <translation>Келісім</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/errors.py" line="38" />
            <source>Date of birth</source>
            <translation>Туған күні</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/errors.py" line="39" />
            <source>Date</source>
            <translation>Күні</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/errors.py" line="40" />
            <source>Status</source>
            <translation>Мәртебесі</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/errors.py" line="41" />
            <source>Facility</source>
            <translation>Ұстау орны</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/errors.py" line="42" />
            <source>Identity document</source>
            <translation>Құжат</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/errors.py" line="43" />
            <source>Phone</source>
            <translation>Телефон</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/errors.py" line="44" />
            <source>E-mail</source>
            <translation>Эл. пошта</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/errors.py" line="45" />
            <source>Reporter</source>
            <translation>Хабарлаушы</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/errors.py" line="46" />
            <source>Reporter's name</source>
            <translation>Хабарлаушының аты</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/errors.py" line="47" />
            <source>Relationship</source>
            <translation>Туыстығы</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/errors.py" line="48" />
            <source>Photo</source>
            <translation>Фотосурет</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/errors.py" line="49" />
            <source>File</source>
            <translation>Файл</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/errors.py" line="50" />
            <source>File name</source>
            <translation>Файл атауы</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/errors.py" line="51" />
            <source>Passphrase</source>
            <translation>Құпия фраза</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/errors.py" line="52" />
            <source>Password</source>
            <translation>Құпиясөз</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/errors.py" line="53" />
            <location filename="../../casetracker/gui/errors.py" line="54" />
            <source>Cases</source>
            <translation>Істер</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/errors.py" line="55" />
            <source>Level</source>
            <translation>Деңгейі</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/errors.py" line="56" />
            <source>Columns</source>
            <translation>Бағандар</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/errors.py" line="57" />
            <source>Format</source>
            <translation>Пішім</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/errors.py" line="58" />
            <source>Transfer bundle</source>
            <translation>Тасымалдау бумасы</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/errors.py" line="59" />
            <source>Output file</source>
            <translation>Нәтиже файлы</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/errors.py" line="60" />
            <source>Organisation</source>
            <translation>Ұйым</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/errors.py" line="61" />
            <source>Contact</source>
            <translation>Байланыс</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/errors.py" line="62" />
            <source>Summary</source>
            <translation>Мазмұны</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/errors.py" line="63" />
            <source>Kind</source>
            <translation>Түрі</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/errors.py" line="64" />
            <source>Source</source>
            <translation>Дереккөз</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/errors.py" line="65" />
            <source>Confidence</source>
            <translation>Сенімділік</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/errors.py" line="66" />
            <source>Follow-up date</source>
            <translation>Тексеру күні</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/errors.py" line="71" />
            <source>is required</source>
            <translation>міндетті өріс</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/errors.py" line="72" />
            <source>must be text</source>
            <translation>мәтін болуы керек</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/errors.py" line="75" />
            <source>is too long ({length} characters, at most {limit})</source>
            <translation>тым ұзын (таңба саны: {length}, ең көбі {limit})</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/errors.py" line="79" />
            <source>“{value}” is not a date (use YYYY-MM-DD)</source>
            <translation>«{value}» — күн емес (ЖЖЖЖ-АА-КК пішімін қолданыңыз)</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/errors.py" line="83" />
            <source>“{value}” is not one of: {allowed}</source>
            <translation>«{value}» мына тізімде жоқ: {allowed}</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/errors.py" line="87" />
            <source>“{value}” is not a date ({reason})</source>
            <translation>«{value}» — күн емес ({reason})</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/errors.py" line="91" />
            <source>use at least {n} characters</source>
            <translation>кемінде {n} таңба керек</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/errors.py" line="95" />
            <source>use at least {n} characters for a protected PDF</source>
            <translation>қорғалған PDF үшін кемінде {n} таңба керек</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/errors.py" line="99" />
            <source>a case needs at least one name</source>
            <translation>істе кемінде бір есім болуы керек</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/errors.py" line="103" />
            <source>{ref} is already used by another case</source>
            <translation>{ref} нөмірі басқа іске берілген</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/errors.py" line="105" />
            <source>already reports this case</source>
            <translation>осы іс бойынша хабарлаушы ретінде бұрыннан көрсетілген</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/errors.py" line="108" />
            <source>an advocacy step concerns at least one case</source>
            <translation>өтініш кемінде бір іске қатысты болуы керек</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/errors.py" line="112" />
            <source>is required: ask the family which uses they allow</source>
            <translation>міндетті: отбасынан қандай пайдалануға рұқсат беретінін сұраңыз</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/errors.py" line="116" />
            <source>“{value}” is not a phone number</source>
            <translation>«{value}» — телефон нөмірі емес</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/errors.py" line="120" />
            <source>is required with a phone number</source>
            <translation>телефон көрсетілсе, міндетті</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/errors.py" line="124" />
            <source>is required to add a testimony</source>
            <translation>куәлік қосу үшін міндетті</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/errors.py" line="126" />
            <source>the photo is empty</source>
            <translation>фотосурет бос</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/errors.py" line="127" />
            <source>the photo is too large</source>
            <translation>фотосурет тым үлкен</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/errors.py" line="130" />
            <source>{value} is not a plausible birth date</source>
            <translation>{value} — шындыққа жанаспайтын туған күн</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/errors.py" line="132" />
            <source>{name} is empty</source>
            <translation>{name} файлы бос</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/errors.py" line="135" />
            <source>{name} is larger than {n} MB</source>
            <translation>{name} файлы {n} МБ-тан үлкен</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/errors.py" line="139" />
            <source>cannot read {path}: {reason}</source>
            <translation>{path} оқылмады: {reason}</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/errors.py" line="141" />
            <source>no such file: {path}</source>
            <translation>файл табылмады: {path}</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/errors.py" line="142" />
            <source>choose at least one case</source>
            <translation>кемінде бір іс таңдаңыз</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/errors.py" line="145" />
            <source>a case cannot be merged with itself</source>
            <translation>істі өзімен біріктіруге болмайды</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/errors.py" line="147" />
            <source>Wrong passphrase.</source>
            <translation>Құпия фраза қате.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/errors.py" line="148" />
            <source>Wrong recovery code.</source>
            <translation>Қалпына келтіру коды қате.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/errors.py" line="151" />
            <source>Wrong passphrase for this bundle (or the bundle is damaged).</source>
            <translation>Бума құпия фразасы қате (немесе бума бүлінген).</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/errors.py" line="155" />
            <location filename="../../casetracker/gui/errors.py" line="156" />
            <source>choose a passphrase</source>
            <translation>құпия фраза таңдаңыз</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/errors.py" line="157" />
            <source>Nothing to undo.</source>
            <translation>Болдырмайтын ештеңе жоқ.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/errors.py" line="158" />
            <source>Nothing to redo.</source>
            <translation>Қайталайтын ештеңе жоқ.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/errors.py" line="161" />
            <source>This was made by a newer version of CaseTracker: please update.</source>
            <translation>Бұл CaseTracker-дің жаңарақ нұсқасында жасалған: бағдарламаны жаңартыңыз.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/errors.py" line="167" />
            <source>Another vault is already open in this window: lock it first.</source>
            <translation>Бұл терезеде басқа қойма ашық тұр: алдымен оны құлыптаңыз.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/errors.py" line="173" />
            <source>A vault already exists at {path}.</source>
            <translation>Бұл жерде қойма бар: {path}.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/errors.py" line="177" />
            <source>{path} is not a readable CaseTracker vault.</source>
            <translation>{path} — оқылатын CaseTracker қоймасы емес.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/errors.py" line="181" />
            <source>This is not a readable CaseTracker vault: its key file is damaged.</source>
            <translation>CaseTracker қоймасы оқылмайды: оның кілт файлы бүлінген.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/errors.py" line="185" />
            <source>This case no longer exists.</source>
            <translation>Бұл іс енді жоқ.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/errors.py" line="188" />
            <source>There is no case with the reference {ref}.</source>
            <translation>{ref} нөмірлі іс жоқ.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/errors.py" line="192" />
            <source>This reporter is not linked to this case.</source>
            <translation>Бұл хабарлаушы осы іске байланыстырылмаған.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/errors.py" line="196" />
            <source>The content of this attachment is missing from the vault.</source>
            <translation>Бұл тіркеменің мазмұны қоймада жоқ.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/errors.py" line="203" />
            <source>{name} cannot be read as this kind of file.</source>
            <translation>{name} бұл түрдегі файл ретінде оқылмайды.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/errors.py" line="207" />
            <source>{name} has no header row.</source>
            <translation>{name} файлында тақырып жолы жоқ.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/errors.py" line="209" />
            <source>no column holds a name</source>
            <translation>ешбір бағанда есім жоқ</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <location filename="../../casetracker/gui/dialogs/settings.py" line="48" />
            <source>Public</source>
            <translation>Жария</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/settings.py" line="49" />
            <source>Embassy</source>
            <translation>Елшіліктер үшін</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/settings.py" line="50" />
            <source>Internal</source>
            <translation>Ішкі</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/settings.py" line="53" />
            <location filename="../../casetracker/gui/dialogs/settings.py" line="122" />
            <source>Never</source>
            <translation>Ешқашан</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/settings.py" line="54" />
            <source>Every hour</source>
            <translation>Сағат сайын</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/settings.py" line="55" />
            <source>Every day</source>
            <translation>Күн сайын</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/settings.py" line="56" />
            <source>Every week</source>
            <translation>Апта сайын</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/settings.py" line="76" />
            <source>Settings</source>
            <translation>Баптаулар</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/settings.py" line="92" />
            <source>In this vault (encrypted)</source>
            <translation>Осы қоймада (шифрланған)</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/settings.py" line="103" />
            <source>&amp;Your name:</source>
            <translation>&amp;Сіздің атыңыз:</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/settings.py" line="103" />
            <location filename="../../casetracker/gui/dialogs/settings.py" line="239" />
            <source>Volunteer name</source>
            <translation>Еріктінің аты</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/settings.py" line="104" />
            <source>&amp;Organisation on reports:</source>
            <translation>Есептердегі &amp;ұйым:</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/settings.py" line="104" />
            <source>Organisation</source>
            <translation>Ұйым</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/settings.py" line="105" />
            <source>Confidentiality &amp;marking:</source>
            <translation>Құпиялылық &amp;белгісі:</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/settings.py" line="105" />
            <source>Marking</source>
            <translation>Белгі</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/settings.py" line="106" />
            <source>Default report &amp;level:</source>
            <translation>Есептің әдепкі &amp;деңгейі:</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/settings.py" line="106" />
            <source>Default report level</source>
            <translation>Есептің әдепкі деңгейі</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/settings.py" line="111" />
            <source>Your name is recorded with every change in the history.</source>
            <translation>Атыңыз тарихта әр өзгеріспен бірге жазылады.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/settings.py" line="118" />
            <source>On this computer (not encrypted: no names)</source>
            <translation>Осы компьютерде (шифрланбаған: есімдерсіз)</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/settings.py" line="121" />
            <source> min</source>
            <translation> мин</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/settings.py" line="123" />
            <source>Lock after idle minutes</source>
            <translation>Әрекетсіз минуттардан кейін құлыптау</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/settings.py" line="125" />
            <source>The vault's own backups folder</source>
            <translation>Қойманың өз сақтық көшірмелер қалтасы</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/settings.py" line="126" />
            <source>Backup folder</source>
            <translation>Сақтық көшірмелер қалтасы</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/settings.py" line="127" />
            <source>Choose…</source>
            <translation>Таңдау…</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/settings.py" line="133" />
            <source>Back up automatically</source>
            <translation>Автоматты сақтық көшірме</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/settings.py" line="139" />
            <source>Lock &amp;after no activity for:</source>
            <translation>Әрекетсіз &amp;кейін құлыптау:</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/settings.py" line="140" />
            <source>&amp;Backup folder:</source>
            <translation>Сақтық көшірмелер &amp;қалтасы:</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/settings.py" line="143" />
            <source>Back up &amp;automatically:</source>
            <translation>&amp;Автоматты көшірме:</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/settings.py" line="144" />
            <source>A USB stick kept away from the laptop is a good backup folder.</source>
            <translation>Ноутбуктан бөлек сақталатын флешка — сақтық көшірмелерге жақсы орын.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/settings.py" line="149" />
            <source>Language</source>
            <translation>Тіл</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/settings.py" line="153" />
            <source>&amp;Language:</source>
            <translation>&amp;Тіл:</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/settings.py" line="187" />
            <source>Folder for backups</source>
            <translation>Сақтық көшірмелерге арналған қалта</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/settings.py" line="229" />
            <source>Who is working on this laptop? Your name goes with each change in the history, inside the vault.</source>
            <translation>Бұл ноутбукта кім жұмыс істеп отыр? Атыңыз қойманың ішіндегі тарихта әр өзгеріспен бірге сақталады.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/settings.py" line="238" />
            <source>Your name</source>
            <translation>Сіздің атыңыз</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/settings.py" line="241" />
            <source>Save</source>
            <translation>Сақтау</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/settings.py" line="242" />
            <source>Not now</source>
            <translation>Қазір емес</translation>
        </message>
    </context>
    <context>
        <name>StatusEventDialog</name>
        <message>
            <location filename="../../casetracker/gui/dialogs/status_event.py" line="56" />
            <source>Add status event</source>
            <translation>Мәртебе оқиғасын қосу</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/status_event.py" line="56" />
            <source>Edit status event</source>
            <translation>Мәртебе оқиғасын өзгерту</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/status_event.py" line="67" />
            <location filename="../../casetracker/gui/dialogs/status_event.py" line="108" />
            <source>Status</source>
            <translation>Мәртебесі</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/status_event.py" line="70" />
            <location filename="../../casetracker/gui/dialogs/status_event.py" line="109" />
            <source>Date</source>
            <translation>Күні</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/status_event.py" line="72" />
            <location filename="../../casetracker/gui/dialogs/status_event.py" line="110" />
            <source>Facility</source>
            <translation>Ұстау орны</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/status_event.py" line="73" />
            <source>— none —</source>
            <translation>— жоқ —</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/status_event.py" line="77" />
            <location filename="../../casetracker/gui/dialogs/status_event.py" line="111" />
            <source>Place</source>
            <translation>Орны</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/status_event.py" line="78" />
            <source>County, township, village, if known</source>
            <translation>Аудан, болыс, ауыл, белгілі болса</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/status_event.py" line="79" />
            <location filename="../../casetracker/gui/dialogs/status_event.py" line="114" />
            <source>Source type</source>
            <translation>Дереккөз түрі</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/status_event.py" line="80" />
            <location filename="../../casetracker/gui/dialogs/status_event.py" line="116" />
            <source>Confidence</source>
            <translation>Сенімділік</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/status_event.py" line="82" />
            <location filename="../../casetracker/gui/dialogs/status_event.py" line="112" />
            <source>Sentence</source>
            <translation>Үкім</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/status_event.py" line="83" />
            <source>e.g. 10 years</source>
            <translation>мыс. 10 жыл</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/status_event.py" line="85" />
            <location filename="../../casetracker/gui/dialogs/status_event.py" line="113" />
            <source>Charge</source>
            <translation>Айып</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/status_event.py" line="87" />
            <location filename="../../casetracker/gui/dialogs/status_event.py" line="117" />
            <source>Note</source>
            <translation>Ескертпе</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/status_event.py" line="91" />
            <source>Claims by the Chinese authorities are kept as their own source, beside the family's account.</source>
            <translation>Қытай билігінің мәлімдемелері отбасының айтқанымен қатар, жеке дереккөз ретінде сақталады.</translation>
        </message>
    </context>
    <context>
        <name>StatusSection</name>
        <message>
            <location filename="../../casetracker/gui/casefile/status.py" line="36" />
            <source>Add event…</source>
            <translation>Оқиға қосу…</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/status.py" line="37" />
            <source>Edit…</source>
            <translation>Өзгерту…</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/status.py" line="38" />
            <source>Delete</source>
            <translation>Жою</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/status.py" line="45" />
            <source>Newest first. Double-click an event to correct it; claims by the Chinese authorities are marked and kept beside the family's account.</source>
            <translation>Жаңалары басында. Оқиғаны түзету үшін оны екі рет басыңыз; Қытай билігінің мәлімдемелері белгіленіп, отбасының айтқанымен қатар сақталады.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/status.py" line="63" />
            <source>Status timeline</source>
            <translation>Мәртебелер тарихы</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/status.py" line="113" />
            <source>date unknown</source>
            <translation>күні белгісіз</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/status.py" line="116" />
            <source>Delete status event</source>
            <translation>Мәртебе оқиғасын жою</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/status.py" line="117" />
            <source>Delete “{status}” ({date}) from the history? You can undo this.</source>
            <translation>«{status}» ({date}) тарихтан жойылсын ба? Мұны болдырмауға болады.</translation>
        </message>
    </context>
    <context>
        <name>StatusTimeline</name>
        <message>
            <location filename="../../casetracker/gui/widgets/timeline.py" line="65" />
            <source>Sentence: {text}</source>
            <translation>Үкім: {text}</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/widgets/timeline.py" line="67" />
            <source>Charge: {text}</source>
            <translation>Айып: {text}</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/widgets/timeline.py" line="71" />
            <source>Source: {source} · Confidence: {confidence}</source>
            <translation>Дереккөз: {source} · Сенімділік: {confidence}</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/widgets/timeline.py" line="96" />
            <source>date unknown</source>
            <translation>күні белгісіз</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/widgets/timeline.py" line="98" />
            <source>Double-click or press Enter to edit</source>
            <translation>Өзгерту үшін екі рет басыңыз не Enter пернесін басыңыз</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/widgets/timeline.py" line="119" />
            <source>Current</source>
            <translation>Қазіргі</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/widgets/timeline.py" line="122" />
            <source>PRC official claim</source>
            <translation>ҚХР билігінің мәлімдемесі</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/widgets/timeline.py" line="125" />
            <source>A statement by the Chinese authorities ({source}). It is kept beside the family's account and does not replace it.</source>
            <translation>Қытай билігінің мәлімдемесі ({source}). Ол отбасының айтқанымен қатар сақталады және оны алмастырмайды.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/widgets/timeline.py" line="250" />
            <source>No status recorded yet. Add what the family knows, even if the date is uncertain.</source>
            <translation>Мәртебе әлі жазылмаған. Күні нақты болмаса да, отбасы білетінді қосыңыз.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/widgets/timeline.py" line="260" />
            <source>Status timeline</source>
            <translation>Мәртебелер тарихы</translation>
        </message>
    </context>
    <context>
        <name>UnlockDialog</name>
        <message>
            <location filename="../../casetracker/gui/dialogs/unlock.py" line="61" />
            <source>Unlock {name}</source>
            <translation>{name} құлпын ашу</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/unlock.py" line="75" />
            <source>&lt;b&gt;{name}&lt;/b&gt; is encrypted.</source>
            <translation>&lt;b&gt;{name}&lt;/b&gt; шифрланған.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/unlock.py" line="105" />
            <source>Unlock</source>
            <translation>Құлпын ашу</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/unlock.py" line="146" />
            <source>&amp;Recovery code (the 30 letters and digits written down when the vault was created):</source>
            <translation>&amp;Қалпына келтіру коды (қойма құрылғанда жазып алынған 30 әріп пен сан):</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/unlock.py" line="154" />
            <source>Use the passphrase instead</source>
            <translation>Оның орнына құпия фраза енгізу</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/unlock.py" line="156" />
            <source>&amp;Passphrase:</source>
            <translation>&amp;Құпия фраза:</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/unlock.py" line="159" />
            <source>Use recovery code instead</source>
            <translation>Оның орнына қалпына келтіру кодын енгізу</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/unlock.py" line="192" />
            <source>Wrong recovery code.</source>
            <translation>Қалпына келтіру коды қате.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/unlock.py" line="194" />
            <source>Wrong passphrase. Check the keyboard language and Caps Lock, then try again.</source>
            <translation>Құпия фраза қате. Пернетақта тілін және Caps Lock пернесін тексеріп, қайталап көріңіз.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/unlock.py" line="200" />
            <source>This folder cannot be opened as a vault: {error}</source>
            <translation>Бұл қалтаны қойма ретінде ашу мүмкін емес: {error}</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/unlock.py" line="204" />
            <source>The vault could not be opened: {error}</source>
            <translation>Қойманы ашу мүмкін болмады: {error}</translation>
        </message>
    </context>
    <context>
        <name>WelcomeWindow</name>
        <message>
            <location filename="../../casetracker/gui/welcome.py" line="94" />
            <source>Encrypted records of relatives detained in Xinjiang: their status over time, the letters and meetings on their behalf, and case summaries to print. Everything stays on this computer.</source>
            <translation>Шыңжаңда ұсталған туыстар туралы шифрланған жазбалар: уақыт бойынша мәртебесі, олар үшін жазылған хаттар мен өткен кездесулер және басып шығаруға арналған іс анықтамалары. Бәрі осы компьютерде қалады.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/welcome.py" line="104" />
            <source>Open another vault…</source>
            <translation>Басқа қойманы ашу…</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/welcome.py" line="105" />
            <source>Create a new vault…</source>
            <translation>Жаңа қойма құру…</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/welcome.py" line="106" />
            <source>Open the demo vault</source>
            <translation>Демо қойманы ашу</translation>
        </message>
        <message numerus="yes">
            <location filename="../../casetracker/gui/welcome.py" line="108" />
            <source>A vault of %n invented case(s) to try things out</source>
            <translation>
                <numerusform>Байқап көру үшін %n ойдан шығарылған іс бар қойма</numerusform>
                <numerusform>Байқап көру үшін %n ойдан шығарылған іс бар қойма</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/welcome.py" line="136" />
            <source>Interface language</source>
            <translation>Интерфейс тілі</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/welcome.py" line="141" />
            <source>Interface language:</source>
            <translation>Интерфейс тілі:</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/welcome.py" line="163" />
            <location filename="../../casetracker/gui/welcome.py" line="166" />
            <source>Recent vaults</source>
            <translation>Соңғы қоймалар</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/welcome.py" line="173" />
            <source>No vault has been opened on this computer yet. Create one, or try the demo vault first.</source>
            <translation>Бұл компьютерде әлі бірде-бір қойма ашылмаған. Жаңасын құрыңыз немесе алдымен демо қойманы байқап көріңіз.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/welcome.py" line="182" />
            <source>Open</source>
            <translation>Ашу</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/welcome.py" line="230" />
            <source>Remove from this list</source>
            <translation>Тізімнен алып тастау</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/welcome.py" line="237" />
            <source>Choose a vault folder (its name ends in {suffix})</source>
            <translation>Қойма қалтасын таңдаңыз (атауы {suffix} деп аяқталады)</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/welcome.py" line="244" />
            <source>Not a vault</source>
            <translation>Бұл қойма емес</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/welcome.py" line="245" />
            <source>A vault is a folder whose name ends in {suffix}. Choose that folder itself, not a folder around it or a file inside it.</source>
            <translation>Қойма — атауы {suffix} деп аяқталатын қалта. Сол қалтаның өзін таңдаңыз: оны қамтитын қалтаны да, ішіндегі файлды да емес.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/welcome.py" line="267" />
            <source>Opening the demo vault…</source>
            <translation>Демо қойма ашылуда…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../casetracker/gui/welcome.py" line="269" />
            <source>Creating the demo vault with %n invented case(s)…</source>
            <translation>
                <numerusform>%n ойдан шығарылған іс бар демо қойма құрылуда…</numerusform>
                <numerusform>%n ойдан шығарылған іс бар демо қойма құрылуда…</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/welcome.py" line="273" />
            <location filename="../../casetracker/gui/welcome.py" line="292" />
            <source>Demo vault</source>
            <translation>Демо қойма</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/welcome.py" line="293" />
            <source>The demo vault could not be opened: {error}</source>
            <translation>Демо қойманы ашу мүмкін болмады: {error}</translation>
        </message>
    </context>
    <context>
        <name>zxcvbn</name>
        <message>
            <location filename="../../casetracker/gui/corelabels.py" line="96" />
            <source>Use a few words, avoid common phrases.</source>
            <translation>Бірнеше сөз қолданыңыз, жалпыға белгілі тіркестерден аулақ болыңыз.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/corelabels.py" line="97" />
            <source>No need for symbols, digits, or uppercase letters.</source>
            <translation>Таңбалар, сандар не бас әріптер міндетті емес.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/corelabels.py" line="98" />
            <source>Add another word or two. Uncommon words are better.</source>
            <translation>Тағы бір-екі сөз қосыңыз. Сирек сөздер жақсырақ.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/corelabels.py" line="99" />
            <source>Straight rows of keys are easy to guess.</source>
            <translation>Бір қатардағы қатарынан тұрған пернелерді табу оңай.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/corelabels.py" line="100" />
            <source>Short keyboard patterns are easy to guess.</source>
            <translation>Пернетақтадағы қысқа өрнектерді табу оңай.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/corelabels.py" line="101" />
            <source>Use a longer keyboard pattern with more turns.</source>
            <translation>Бұрылысы көбірек, ұзынырақ өрнек қолданыңыз.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/corelabels.py" line="102" />
            <source>Repeats like "aaa" are easy to guess.</source>
            <translation>"aaa" сияқты қайталауларды табу оңай.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/corelabels.py" line="103" />
            <source>Repeats like "abcabcabc" are only slightly harder to guess than "abc".</source>
            <translation>"abcabcabc" сияқты қайталауларды табу "abc"-ден сәл ғана қиын.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/corelabels.py" line="106" />
            <source>Avoid repeated words and characters.</source>
            <translation>Қайталанатын сөздер мен таңбалардан аулақ болыңыз.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/corelabels.py" line="107" />
            <source>Sequences like "abc" or "6543" are easy to guess.</source>
            <translation>"abc" не "6543" сияқты тізбектерді табу оңай.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/corelabels.py" line="108" />
            <source>Avoid sequences.</source>
            <translation>Тізбектерден аулақ болыңыз.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/corelabels.py" line="109" />
            <source>Recent years are easy to guess.</source>
            <translation>Соңғы жылдарды табу оңай.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/corelabels.py" line="110" />
            <source>Avoid recent years.</source>
            <translation>Соңғы жылдардан аулақ болыңыз.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/corelabels.py" line="111" />
            <source>Avoid years that are associated with you.</source>
            <translation>Өзіңізге қатысты жылдардан аулақ болыңыз.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/corelabels.py" line="112" />
            <source>Dates are often easy to guess.</source>
            <translation>Күндерді жиі табу оңай.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/corelabels.py" line="113" />
            <source>Avoid dates and years that are associated with you.</source>
            <translation>Өзіңізге қатысты күндер мен жылдардан аулақ болыңыз.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/corelabels.py" line="114" />
            <source>This is a top-10 common password.</source>
            <translation>Бұл ең көп тараған 10 құпиясөздің бірі.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/corelabels.py" line="115" />
            <source>This is a top-100 common password.</source>
            <translation>Бұл ең көп тараған 100 құпиясөздің бірі.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/corelabels.py" line="116" />
            <source>This is a very common password.</source>
            <translation>Бұл өте көп тараған құпиясөз.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/corelabels.py" line="117" />
            <source>This is similar to a commonly used password.</source>
            <translation>Бұл жиі қолданылатын құпиясөзге ұқсас.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/corelabels.py" line="118" />
            <source>A word by itself is easy to guess.</source>
            <translation>Жалғыз сөзді табу оңай.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/corelabels.py" line="119" />
            <source>Names and surnames by themselves are easy to guess.</source>
            <translation>Жеке тұрған есімдер мен тегтерді табу оңай.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/corelabels.py" line="120" />
            <source>Common names and surnames are easy to guess.</source>
            <translation>Көп тараған есімдер мен тегтерді табу оңай.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/corelabels.py" line="121" />
            <source>Capitalization doesn't help very much.</source>
            <translation>Бас әріп онша көмектеспейді.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/corelabels.py" line="122" />
            <source>All-uppercase is almost as easy to guess as all-lowercase.</source>
            <translation>Бәрін бас әріппен жазу бәрін кіші әріппен жазғандай оңай табылады.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/corelabels.py" line="123" />
            <source>Reversed words aren't much harder to guess.</source>
            <translation>Кері жазылған сөздерді табу онша қиын емес.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/corelabels.py" line="124" />
            <source>Predictable substitutions like '@' instead of 'a' don't help very much.</source>
            <translation>'a' орнына '@' сияқты болжамды ауыстырулар онша көмектеспейді.</translation>
        </message>
    </context>
</TS>
