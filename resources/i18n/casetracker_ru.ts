<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en">
    <context>
        <name>AdvocacySection</name>
        <message numerus="yes">
            <location filename="../../casetracker/gui/casefile/advocacy.py" line="60" />
            <source>%n step(s)</source>
            <translation>
                <numerusform>%n обращение</numerusform>
                <numerusform>%n обращения</numerusform>
                <numerusform>%n обращений</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../casetracker/gui/casefile/advocacy.py" line="64" />
            <source>%n follow-up(s) overdue</source>
            <translation>
                <numerusform>%n напоминание просрочено</numerusform>
                <numerusform>%n напоминания просрочены</numerusform>
                <numerusform>%n напоминаний просрочено</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/advocacy.py" line="75" />
            <source>Date</source>
            <translation>Дата</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/advocacy.py" line="76" />
            <source>Kind</source>
            <translation>Вид</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/advocacy.py" line="77" />
            <source>Organisation / contact</source>
            <translation>Организация / контакт</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/advocacy.py" line="78" />
            <source>Summary</source>
            <translation>Содержание</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/advocacy.py" line="79" />
            <source>Response</source>
            <translation>Ответ</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/advocacy.py" line="80" />
            <source>Follow up by</source>
            <translation>Проверить до</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/advocacy.py" line="81" />
            <source>Done</source>
            <translation>Выполнено</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/advocacy.py" line="123" />
            <source>Overdue: nobody has followed this up yet</source>
            <translation>Просрочено: никто ещё не проверил</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/advocacy.py" line="142" />
            <source>{date} (overdue)</source>
            <translation>{date} (просрочено)</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/advocacy.py" line="164" />
            <source>Log a step…</source>
            <translation>Записать обращение…</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/advocacy.py" line="165" />
            <source>Edit…</source>
            <translation>Изменить…</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/advocacy.py" line="166" />
            <source>Delete</source>
            <translation>Удалить</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/advocacy.py" line="183" />
            <source>Advocacy steps for this case</source>
            <translation>Обращения по этому делу</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/advocacy.py" line="194" />
            <source>Advocacy</source>
            <translation>Обращения</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/advocacy.py" line="254" />
            <source>Delete advocacy step</source>
            <translation>Удаление обращения</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/advocacy.py" line="255" />
            <source>Delete this {kind} ({date})? You can undo this.</source>
            <translation>Удалить эту запись ({kind}, {date})? Это действие можно отменить.</translation>
        </message>
    </context>
    <context>
        <name>AgeRangeEdit</name>
        <message>
            <location filename="../../casetracker/gui/widgets/fuzzydate_edit.py" line="169" />
            <source>e.g. 40s, 40-49, about 45</source>
            <translation>напр. 40-е, 40-49, около 45</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/widgets/fuzzydate_edit.py" line="179" />
            <source>Not an age. Try 45, 40s, 40-49, about 45 or over 60.</source>
            <translation>Это не возраст. Например: 45, 40-е, 40-49, около 45 или старше 60.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/widgets/fuzzydate_edit.py" line="180" />
            <source>Not an age: {reason}</source>
            <translation>Это не возраст: {reason}</translation>
        </message>
    </context>
    <context>
        <name>AttachmentsSection</name>
        <message numerus="yes">
            <location filename="../../casetracker/gui/casefile/attachments.py" line="65" />
            <source>%n byte(s)</source>
            <translation>
                <numerusform>%n байт</numerusform>
                <numerusform>%n байта</numerusform>
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
            <translation>Подпись</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/attachments.py" line="81" />
            <source>Source</source>
            <translation>Источник</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/attachments.py" line="82" />
            <source>Size</source>
            <translation>Размер</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/attachments.py" line="151" />
            <source>Source: {note}</source>
            <translation>Источник: {note}</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/attachments.py" line="165" />
            <source>Add files…</source>
            <translation>Добавить файлы…</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/attachments.py" line="166" />
            <source>Preview</source>
            <translation>Просмотр</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/attachments.py" line="167" />
            <source>Open…</source>
            <translation>Открыть…</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/attachments.py" line="168" />
            <source>Remove</source>
            <translation>Убрать</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/attachments.py" line="176" />
            <source>Photos and documents are stored encrypted inside the vault. Drop files here to add them; double-click a caption or source to edit it.</source>
            <translation>Фотографии и документы хранятся в хранилище в зашифрованном виде. Чтобы добавить файлы, перетащите их сюда; чтобы изменить подпись или источник, дважды щёлкните по ним.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/attachments.py" line="194" />
            <source>Attachments of this case</source>
            <translation>Вложения этого дела</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/attachments.py" line="209" />
            <source>Attachments</source>
            <translation>Вложения</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/attachments.py" line="247" />
            <source>Add files to this case</source>
            <translation>Добавить файлы к делу</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/attachments.py" line="292" />
            <source>Could not open</source>
            <translation>Не удалось открыть</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/attachments.py" line="296" />
            <source>Opened a plain copy of {name}</source>
            <translation>Открыта незашифрованная копия файла {name}</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/attachments.py" line="302" />
            <source>Open outside the vault?</source>
            <translation>Открыть вне хранилища?</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/attachments.py" line="303" />
            <source>To open “{name}” in another program, CaseTracker must write an unencrypted copy to a private folder on this computer. It is erased when the vault locks or CaseTracker quits, but until then anyone using this computer account could read it, and the other program may keep copies of its own (recent files, thumbnails, autosave).

Open it anyway?</source>
            <translation>Чтобы открыть «{name}» в другой программе, CaseTracker должен записать незашифрованную копию в личную папку на этом компьютере. Копия стирается, когда хранилище блокируется или CaseTracker закрывается, но до тех пор её может прочитать любой, кто пользуется этой учётной записью, а другая программа может сохранить свои копии (недавние файлы, миниатюры, автосохранение).

Всё равно открыть?</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/attachments.py" line="322" />
            <source>Remove attachment</source>
            <translation>Удаление вложения</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/attachments.py" line="323" />
            <source>Remove “{name}” from this case? You can undo this.</source>
            <translation>Убрать «{name}» из дела? Это действие можно отменить.</translation>
        </message>
    </context>
    <context>
        <name>AuditLogDialog</name>
        <message>
            <location filename="../../casetracker/gui/dialogs/audit_log.py" line="58" />
            <source>setting</source>
            <translation>настройка</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/audit_log.py" line="70" />
            <source>When</source>
            <translation>Когда</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/audit_log.py" line="71" />
            <source>Who</source>
            <translation>Кто</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/audit_log.py" line="72" />
            <source>What</source>
            <translation>Что</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/audit_log.py" line="73" />
            <source>Case</source>
            <translation>Дело</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/audit_log.py" line="74" />
            <source>Field</source>
            <translation>Поле</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/audit_log.py" line="75" />
            <source>Before → after</source>
            <translation>Было → стало</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/audit_log.py" line="150" />
            <source>(no name set)</source>
            <translation>(имя не задано)</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/audit_log.py" line="156" />
            <source>(deleted case)</source>
            <translation>(удалённое дело)</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/audit_log.py" line="168" />
            <source>any</source>
            <translation>любая</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/audit_log.py" line="186" />
            <source>History of changes</source>
            <translation>История изменений</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/audit_log.py" line="190" />
            <source>e.g. CT-0042</source>
            <translation>напр. CT-0042</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/audit_log.py" line="191" />
            <source>Case reference</source>
            <translation>Номер дела</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/audit_log.py" line="194" />
            <source>Volunteer</source>
            <translation>Волонтёр</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/audit_log.py" line="195" />
            <location filename="../../casetracker/gui/dialogs/audit_log.py" line="268" />
            <source>Anyone</source>
            <translation>Любой</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/audit_log.py" line="198" />
            <source>From date</source>
            <translation>С даты</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/audit_log.py" line="199" />
            <source>To date</source>
            <translation>По дату</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/audit_log.py" line="214" />
            <source>Changes</source>
            <translation>Изменения</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/audit_log.py" line="233" />
            <source>&amp;Case:</source>
            <translation>&amp;Дело:</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/audit_log.py" line="234" />
            <source>&amp;Volunteer:</source>
            <translation>&amp;Волонтёр:</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/audit_log.py" line="235" />
            <source>&amp;From:</source>
            <translation>&amp;С:</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/audit_log.py" line="236" />
            <source>&amp;To:</source>
            <translation>&amp;По:</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/audit_log.py" line="263" />
            <source>No case has the reference {ref}.</source>
            <translation>Дела с номером {ref} нет.</translation>
        </message>
    </context>
    <context>
        <name>BackupDialog</name>
        <message>
            <location filename="../../casetracker/gui/dialogs/backup.py" line="44" />
            <source>Restore from a backup</source>
            <translation>Восстановление из резервной копии</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/backup.py" line="47" />
            <source>The vault is locked and replaced by the backup. The current vault is not deleted: it is kept beside it as “{name}.before-restore-…”. Changes made after the backup was taken are not in it.</source>
            <translation>Хранилище блокируется и заменяется резервной копией. Текущее хранилище не удаляется: оно сохраняется рядом как «{name}.before-restore-…». Изменений, сделанных после создания копии, в ней нет.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/backup.py" line="57" />
            <source>Backup file</source>
            <translation>Файл резервной копии</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/backup.py" line="61" />
            <source>Choose…</source>
            <translation>Выбрать…</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/backup.py" line="68" />
            <source>Passphrase of the backup</source>
            <translation>Парольная фраза копии</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/backup.py" line="69" />
            <source>Use the recovery code instead</source>
            <translation>Ввести код восстановления</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/backup.py" line="74" />
            <source>Backup &amp;file:</source>
            <translation>&amp;Файл копии:</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/backup.py" line="77" />
            <location filename="../../casetracker/gui/dialogs/backup.py" line="124" />
            <source>&amp;Passphrase then:</source>
            <translation>&amp;Парольная фраза на тот момент:</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/backup.py" line="81" />
            <source>The passphrase that was valid when the backup was made.</source>
            <translation>Парольная фраза, действовавшая, когда делалась копия.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/backup.py" line="89" />
            <source>Lock and restore</source>
            <translation>Заблокировать и восстановить</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/backup.py" line="111" />
            <source>Choose a backup</source>
            <translation>Выбор резервной копии</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/backup.py" line="113" />
            <source>CaseTracker backups (*.ctbackup)</source>
            <translation>Резервные копии CaseTracker (*.ctbackup)</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/backup.py" line="124" />
            <source>&amp;Recovery code then:</source>
            <translation>&amp;Код восстановления на тот момент:</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/backup.py" line="131" />
            <source>There is no file there.</source>
            <translation>Такого файла нет.</translation>
        </message>
    </context>
    <context>
        <name>BackupScheduler</name>
        <message>
            <location filename="../../casetracker/gui/security/backups.py" line="60" />
            <source>No scheduled backup: the backup folder {folder} is not there</source>
            <translation>Резервная копия по расписанию не сделана: папки {folder} нет</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/security/backups.py" line="80" />
            <source>Backed up to {path}</source>
            <translation>Резервная копия сохранена: {path}</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/security/backups.py" line="84" />
            <source>The scheduled backup failed: {error}</source>
            <translation>Резервное копирование по расписанию не удалось: {error}</translation>
        </message>
    </context>
    <context>
        <name>BundleDialog</name>
        <message>
            <location filename="../../casetracker/gui/dialogs/bundle.py" line="38" />
            <source>Bundle passphrase</source>
            <translation>Парольная фраза пакета</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/bundle.py" line="39" />
            <source>The passphrase agreed for this exchange:</source>
            <translation>Парольная фраза, о которой договорились для этого обмена:</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/bundle.py" line="50" />
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/bundle.py" line="61" />
            <source>Cancelling…</source>
            <translation>Отмена…</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/bundle.py" line="81" />
            <location filename="../../casetracker/gui/dialogs/bundle.py" line="106" />
            <source>Bundles (*.ctbundle)</source>
            <translation>Пакеты (*.ctbundle)</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/bundle.py" line="81" />
            <source>Export a transfer bundle</source>
            <translation>Экспорт пакета для передачи</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/bundle.py" line="88" />
            <source>Writing the bundle…</source>
            <translation>Запись пакета…</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/bundle.py" line="106" />
            <source>Import a transfer bundle</source>
            <translation>Импорт пакета для передачи</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/bundle.py" line="113" />
            <source>Merging the bundle…</source>
            <translation>Объединение пакета…</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/bundle.py" line="120" />
            <source>Merge cancelled; nothing was changed.</source>
            <translation>Объединение отменено; ничего не изменено.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/bundle.py" line="127" />
            <source>Bundle merged</source>
            <translation>Пакет объединён</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/bundle.py" line="139" />
            <source>Decide merge conflicts</source>
            <translation>Разрешите расхождения</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/bundle.py" line="142" />
            <source>Case</source>
            <translation>Дело</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/bundle.py" line="142" />
            <source>Field</source>
            <translation>Поле</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/bundle.py" line="142" />
            <source>On this laptop</source>
            <translation>На этом ноутбуке</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/bundle.py" line="143" />
            <source>From</source>
            <translation>Откуда</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/bundle.py" line="143" />
            <source>On the other laptop</source>
            <translation>На другом ноутбуке</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/bundle.py" line="145" />
            <source>Keep this laptop's</source>
            <translation>Оставить с этого ноутбука</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/bundle.py" line="146" />
            <source>Take the other laptop's</source>
            <translation>Взять с другого ноутбука</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/bundle.py" line="152" />
            <source>Nothing was overwritten. Decide each field:</source>
            <translation>Ничего не перезаписано. Решите по каждому полю:</translation>
        </message>
    </context>
    <context>
        <name>CameraDialog</name>
        <message>
            <location filename="../../casetracker/gui/rally/camera.py" line="63" />
            <source>Take a photo</source>
            <translation>Сделать фото</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/rally/camera.py" line="75" />
            <source>Take photo</source>
            <translation>Снять</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/rally/camera.py" line="82" />
            <source>The photo stays inside the encrypted vault.</source>
            <translation>Фотография остаётся в зашифрованном хранилище.</translation>
        </message>
    </context>
    <context>
        <name>CaseFilePanel</name>
        <message>
            <location filename="../../casetracker/gui/casefile/panel.py" line="67" />
            <source>Sections of the case file</source>
            <translation>Разделы дела</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/panel.py" line="89" />
            <source>Choose a case from the list, or add a new one.</source>
            <translation>Выберите дело в списке или добавьте новое.</translation>
        </message>
    </context>
    <context>
        <name>CaseHeader</name>
        <message>
            <location filename="../../casetracker/gui/casefile/header.py" line="34" />
            <source>less than a year ago</source>
            <translation>меньше года назад</translation>
        </message>
        <message numerus="yes">
            <location filename="../../casetracker/gui/casefile/header.py" line="35" />
            <source>%n year(s) ago</source>
            <translation>
                <numerusform>%n год назад</numerusform>
                <numerusform>%n года назад</numerusform>
                <numerusform>%n лет назад</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/header.py" line="79" />
            <source>born {date}</source>
            <translation>род. {date}</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/header.py" line="147" />
            <source>Photo of {name}</source>
            <translation>Фото: {name}</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/header.py" line="154" />
            <source>Current status: {status}</source>
            <translation>Текущий статус: {status}</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/header.py" line="160" />
            <source>no status recorded yet</source>
            <translation>статус ещё не записан</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/header.py" line="162" />
            <source>date unknown</source>
            <translation>дата неизвестна</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/header.py" line="163" />
            <source>since {date}</source>
            <translation>с {date}</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/header.py" line="168" />
            <source>PRC official claim</source>
            <translation>Утверждение властей КНР</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/header.py" line="172" />
            <source>PRC official claim: {status}</source>
            <translation>Утверждение властей КНР: {status}</translation>
        </message>
    </context>
    <context>
        <name>CaseListPanel</name>
        <message>
            <location filename="../../casetracker/gui/views/caselist.py" line="69" />
            <source>{shown} of {total} cases</source>
            <translation>Показано {shown} из {total}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../casetracker/gui/views/caselist.py" line="72" />
            <source>%Ln case(s)</source>
            <translation>
                <numerusform>%Ln дело</numerusform>
                <numerusform>%Ln дела</numerusform>
                <numerusform>%Ln дел</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/caselist.py" line="177" />
            <location filename="../../casetracker/gui/views/caselist.py" line="202" />
            <source>Cases</source>
            <translation>Дела</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/caselist.py" line="181" />
            <source>Searching…</source>
            <translation>Поиск…</translation>
        </message>
    </context>
    <context>
        <name>CaseListTableModel</name>
        <message>
            <location filename="../../casetracker/gui/models/caselist.py" line="89" />
            <source>Reference</source>
            <translation>Номер</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/models/caselist.py" line="90" />
            <source>Name</source>
            <translation>Имя</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/models/caselist.py" line="91" />
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/models/caselist.py" line="92" />
            <source>Since</source>
            <translation>С какого времени</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/models/caselist.py" line="93" />
            <source>Hometown</source>
            <translation>Родом из</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/models/caselist.py" line="94" />
            <source>Last action</source>
            <translation>Последнее действие</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/models/caselist.py" line="95" />
            <source>Next follow-up</source>
            <translation>Проверить до</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/models/caselist.py" line="228" />
            <source>{kind}, {date}</source>
            <translation>{kind}, {date}</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/models/caselist.py" line="237" />
            <source>Overdue since {date}</source>
            <translation>Просрочено с {date}</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/models/caselist.py" line="386" />
            <source>The list could not be sorted or filtered this way: {error}</source>
            <translation>Не удалось так отсортировать или отфильтровать список: {error}</translation>
        </message>
    </context>
    <context>
        <name>Commands</name>
        <message>
            <location filename="../../casetracker/gui/commands/files.py" line="56" />
            <source>It did not work</source>
            <translation>Не получилось</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/commands/files.py" line="97" />
            <source>Import Person Finder records</source>
            <translation>Импорт записей Person Finder</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/commands/files.py" line="97" />
            <source>PFIF files (*.xml *.pfif)</source>
            <translation>Файлы PFIF (*.xml *.pfif)</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/commands/files.py" line="117" />
            <location filename="../../casetracker/gui/commands/files.py" line="128" />
            <source>Nothing was imported</source>
            <translation>Ничего не импортировано</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/commands/files.py" line="121" />
            <location filename="../../casetracker/gui/commands/files.py" line="159" />
            <source>Import finished</source>
            <translation>Импорт завершён</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/commands/files.py" line="123" />
            <location filename="../../casetracker/gui/commands/files.py" line="161" />
            <source>Importing…</source>
            <translation>Импорт…</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/commands/files.py" line="131" />
            <source>Import the usable records and leave out the others?</source>
            <translation>Импортировать пригодные записи, а остальные пропустить?</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/commands/files.py" line="132" />
            <source>Import the usable ones</source>
            <translation>Импортировать пригодные</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/commands/files.py" line="142" />
            <source>Import a CaseTracker JSON file</source>
            <translation>Импорт файла CaseTracker JSON</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/commands/files.py" line="142" />
            <source>JSON files (*.json)</source>
            <translation>Файлы JSON (*.json)</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/commands/files.py" line="155" />
            <source>Imported {added} cases; {skipped} were already in the vault.</source>
            <translation>Импортировано дел: {added}; уже были в хранилище: {skipped}.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/commands/files.py" line="191" />
            <source>Choose a case in the list first.</source>
            <translation>Сначала выберите дело в списке.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/commands/files.py" line="227" />
            <source>Open</source>
            <translation>Открыть</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/commands/files.py" line="229" />
            <source>Export PDF summary…</source>
            <translation>Экспорт сводки в PDF…</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/commands/files.py" line="230" />
            <source>Export {n} PDF summaries…</source>
            <translation>Экспорт сводок в PDF ({n})…</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/commands/files.py" line="231" />
            <source>Export selected to spreadsheet…</source>
            <translation>Экспорт выбранных в таблицу…</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/commands/vault.py" line="70" />
            <source>You opened the vault with the recovery code. Choose a new passphrase now; the recovery code keeps working too.</source>
            <translation>Вы открыли хранилище кодом восстановления. Задайте сейчас новую парольную фразу; код восстановления тоже продолжит работать.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/commands/vault.py" line="140" />
            <source>Back up the vault</source>
            <translation>Резервная копия хранилища</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/commands/vault.py" line="140" />
            <source>Backups (*.ctbackup)</source>
            <translation>Резервные копии (*.ctbackup)</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/commands/vault.py" line="148" />
            <source>Backup written</source>
            <translation>Резервная копия записана</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/commands/vault.py" line="149" />
            <source>The backup is in {path}. It is encrypted and opens with the current passphrase or recovery code.</source>
            <translation>Резервная копия находится в {path}. Она зашифрована и открывается текущей парольной фразой или кодом восстановления.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/commands/vault.py" line="156" />
            <source>Backing up…</source>
            <translation>Резервное копирование…</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/commands/vault.py" line="198" />
            <source>The vault was restored from {backup}.</source>
            <translation>Хранилище восстановлено из {backup}.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/commands/vault.py" line="200" />
            <source>The vault that was there is kept as {kept}.</source>
            <translation>Прежнее хранилище сохранено как {kept}.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/commands/vault.py" line="201" />
            <source>Restored</source>
            <translation>Восстановлено</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/commands/vault.py" line="204" />
            <source>Nothing was restored</source>
            <translation>Ничего не восстановлено</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/commands/vault.py" line="207" />
            <source>Restoring…</source>
            <translation>Восстановление…</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/commands/vault.py" line="223" />
            <source>All integrity checks passed.</source>
            <translation>Все проверки целостности пройдены.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/commands/vault.py" line="223" />
            <location filename="../../casetracker/gui/commands/vault.py" line="231" />
            <source>Integrity check</source>
            <translation>Проверка целостности</translation>
        </message>
        <message numerus="yes">
            <location filename="../../casetracker/gui/commands/vault.py" line="227" />
            <source>%n problem(s) found.</source>
            <translation>
                <numerusform>Найдена %n проблема.</numerusform>
                <numerusform>Найдены %n проблемы.</numerusform>
                <numerusform>Найдено %n проблем.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/commands/vault.py" line="228" />
            <source>Restore the newest backup: {path}</source>
            <translation>Восстановите самую свежую резервную копию: {path}</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/commands/vault.py" line="229" />
            <source>(no backup found)</source>
            <translation>(резервная копия не найдена)</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/commands/vault.py" line="236" />
            <source>Checking the vault…</source>
            <translation>Проверка хранилища…</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/commands/vault.py" line="286" />
            <source>The vault could not be erased completely</source>
            <translation>Не удалось полностью стереть хранилище</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/commands/vault.py" line="289" />
            <source>Erasing…</source>
            <translation>Стирание…</translation>
        </message>
    </context>
    <context>
        <name>ContactDialog</name>
        <message>
            <location filename="../../casetracker/gui/dialogs/contact.py" line="33" />
            <source>Edit contact</source>
            <translation>Изменение контакта</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/contact.py" line="33" />
            <source>New contact</source>
            <translation>Новый контакт</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/contact.py" line="38" />
            <source>Name</source>
            <translation>Имя</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/contact.py" line="40" />
            <source>No organisation</source>
            <translation>Без организации</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/contact.py" line="45" />
            <source>Organisation</source>
            <translation>Организация</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/contact.py" line="51" />
            <source>Role</source>
            <translation>Должность</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/contact.py" line="53" />
            <source>e.g. Consular officer</source>
            <translation>напр. консульский сотрудник</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/contact.py" line="57" />
            <source>E-mail</source>
            <translation>Эл. почта</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/contact.py" line="62" />
            <source>Phone</source>
            <translation>Телефон</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/contact.py" line="64" />
            <source>Notes</source>
            <translation>Заметки</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/contact.py" line="65" />
            <source>Add contact</source>
            <translation>Добавить контакт</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/contact.py" line="65" />
            <source>Save</source>
            <translation>Сохранить</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/contact.py" line="71" />
            <source>Not an e-mail address.</source>
            <translation>Это не адрес электронной почты.</translation>
        </message>
    </context>
    <context>
        <name>CrashDialog</name>
        <message>
            <location filename="../../casetracker/gui/security/crash.py" line="49" />
            <source>Something went wrong</source>
            <translation>Что-то пошло не так</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/security/crash.py" line="50" />
            <source>CaseTracker met an unexpected problem. Everything saved before it is safe in the vault (changes are saved as they are made).

If this happens again, lock the vault and restart CaseTracker.</source>
            <translation>В CaseTracker произошла непредвиденная ошибка. Всё, что было сохранено до неё, в безопасности в хранилище (изменения сохраняются сразу).

Если это повторится, заблокируйте хранилище и перезапустите CaseTracker.</translation>
        </message>
    </context>
    <context>
        <name>CreateVaultDialog</name>
        <message>
            <location filename="../../casetracker/gui/dialogs/create_vault.py" line="66" />
            <source>Very weak</source>
            <translation>Очень слабая</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/create_vault.py" line="67" />
            <source>Weak</source>
            <translation>Слабая</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/create_vault.py" line="68" />
            <source>Fair</source>
            <translation>Средняя</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/create_vault.py" line="69" />
            <source>Good</source>
            <translation>Хорошая</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/create_vault.py" line="70" />
            <source>Strong</source>
            <translation>Надёжная</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/create_vault.py" line="108" />
            <source>Recovery code</source>
            <translation>Код восстановления</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/create_vault.py" line="111" />
            <source>Print…</source>
            <translation>Печать…</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/create_vault.py" line="112" />
            <source>I have written it down</source>
            <translation>Я записал(а) код</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/create_vault.py" line="167" />
            <source>Add another word or two that are not a common phrase.</source>
            <translation>Добавьте ещё одно-два слова, не составляющих расхожую фразу.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/create_vault.py" line="175" />
            <source>CaseTracker recovery code</source>
            <translation>Код восстановления CaseTracker</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/create_vault.py" line="176" />
            <source>Vault</source>
            <translation>Хранилище</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/create_vault.py" line="177" />
            <source>Created</source>
            <translation>Создано</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/create_vault.py" line="191" />
            <source>This code opens the vault if the passphrase is ever forgotten. It is shown only now. Write it on paper and keep it somewhere safe, away from this laptop. Without the passphrase or this code nobody can open the vault: not you, not us, not anyone.</source>
            <translation>Этот код откроет хранилище, если парольная фраза забудется. Он показывается только сейчас. Запишите его на бумаге и храните в надёжном месте, не рядом с этим ноутбуком. Без парольной фразы или этого кода хранилище не откроет никто: ни вы, ни мы, ни кто-либо другой.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/create_vault.py" line="206" />
            <source>Create a new vault</source>
            <translation>Создание хранилища</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/create_vault.py" line="225" />
            <source>A vault is an encrypted folder holding all cases, contacts and documents. Choose a name, where to keep it and a passphrase.</source>
            <translation>Хранилище — это зашифрованная папка со всеми делами, контактами и документами. Выберите название, место хранения и парольную фразу.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/create_vault.py" line="244" />
            <source>Create vault</source>
            <translation>Создать хранилище</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/create_vault.py" line="254" />
            <source>Family cases</source>
            <translation>Семейные дела</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/create_vault.py" line="256" />
            <source>Choose…</source>
            <translation>Выбрать…</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/create_vault.py" line="267" />
            <source>&amp;Location:</source>
            <translation>&amp;Расположение:</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/create_vault.py" line="272" />
            <source>&amp;Name:</source>
            <translation>&amp;Название:</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/create_vault.py" line="275" />
            <source>&amp;Passphrase:</source>
            <translation>&amp;Парольная фраза:</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/create_vault.py" line="277" />
            <source>&amp;Repeat it:</source>
            <translation>П&amp;овторите её:</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/create_vault.py" line="279" />
            <source>Vault name</source>
            <translation>Название хранилища</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/create_vault.py" line="280" />
            <source>Location</source>
            <translation>Расположение</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/create_vault.py" line="281" />
            <source>Passphrase</source>
            <translation>Парольная фраза</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/create_vault.py" line="282" />
            <source>Repeat the passphrase</source>
            <translation>Повторите парольную фразу</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/create_vault.py" line="300" />
            <source>Where to keep the vault</source>
            <translation>Где хранить хранилище</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/create_vault.py" line="312" />
            <source>Give the vault a name without / \ : * ? " &lt; &gt; |.</source>
            <translation>Дайте хранилищу название без символов / \ : * ? " &lt; &gt; |.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/create_vault.py" line="315" />
            <source>Will be created as {path}</source>
            <translation>Будет создано: {path}</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/create_vault.py" line="317" />
            <source>Something named {name} already exists there.</source>
            <translation>Там уже есть объект с именем {name}.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/create_vault.py" line="321" />
            <source>Choose a stronger passphrase: a few unrelated words work well.</source>
            <translation>Выберите более надёжную парольную фразу: хорошо подходят несколько не связанных между собой слов.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/create_vault.py" line="323" />
            <source>The two passphrases differ.</source>
            <translation>Парольные фразы не совпадают.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/create_vault.py" line="352" />
            <source>The vault could not be created: {error}</source>
            <translation>Не удалось создать хранилище: {error}</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/create_vault.py" line="357" />
            <source>Continue</source>
            <translation>Продолжить</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/create_vault.py" line="357" />
            <source>Your recovery code</source>
            <translation>Ваш код восстановления</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/create_vault.py" line="371" />
            <source>Print the recovery code</source>
            <translation>Печать кода восстановления</translation>
        </message>
    </context>
    <context>
        <name>DirectoryFormDialog</name>
        <message>
            <location filename="../../casetracker/gui/dialogs/directoryform.py" line="148" />
            <source>A name is required.</source>
            <translation>Нужно указать название.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/directoryform.py" line="154" />
            <source>At most {n} characters.</source>
            <translation>Не более {n} символов.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/directoryform.py" line="173" />
            <source>Required</source>
            <translation>Обязательно</translation>
        </message>
    </context>
    <context>
        <name>DirectoryPanels</name>
        <message>
            <location filename="../../casetracker/gui/views/directories.py" line="54" />
            <location filename="../../casetracker/gui/views/directories.py" line="190" />
            <source>Contacts</source>
            <translation>Контакты</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/directories.py" line="55" />
            <source>Embassies, consulates, UN bodies, NGOs, media and lawyers, and the people you deal with there.</source>
            <translation>Посольства, консульства, органы ООН, НКО, СМИ и юристы — и люди, с которыми вы там общаетесь.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/directories.py" line="60" />
            <location filename="../../casetracker/gui/views/directories.py" line="67" />
            <source>Organisations and contacts</source>
            <translation>Организации и контакты</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/directories.py" line="63" />
            <source>New organisation…</source>
            <translation>Новая организация…</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/directories.py" line="64" />
            <source>New contact…</source>
            <translation>Новый контакт…</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/directories.py" line="66" />
            <source>Kind or role</source>
            <translation>Вид или должность</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/directories.py" line="66" />
            <location filename="../../casetracker/gui/views/directories.py" line="258" />
            <location filename="../../casetracker/gui/views/directory_detail.py" line="180" />
            <source>Name</source>
            <translation>Название / имя</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/directories.py" line="71" />
            <source>Select an organisation or a contact.</source>
            <translation>Выберите организацию или контакт.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/directories.py" line="73" />
            <location filename="../../casetracker/gui/views/directory_detail.py" line="67" />
            <source>Interactions</source>
            <translation>Обращения</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/directories.py" line="77" />
            <location filename="../../casetracker/gui/views/directories.py" line="191" />
            <location filename="../../casetracker/gui/views/directories.py" line="258" />
            <location filename="../../casetracker/gui/views/directories.py" line="266" />
            <location filename="../../casetracker/gui/views/directory_detail.py" line="60" />
            <source>Cases</source>
            <translation>Дела</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/directories.py" line="79" />
            <source>Linked cases</source>
            <translation>Связанные дела</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/directories.py" line="134" />
            <source>No organisation</source>
            <translation>Без организации</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/directories.py" line="202" />
            <source>E-mail</source>
            <translation>Эл. почта</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/directories.py" line="202" />
            <source>Phone</source>
            <translation>Телефон</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/directories.py" line="213" />
            <source>Interactions · {n}</source>
            <translation>Обращения · {n}</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/directories.py" line="214" />
            <source>Cases · {n}</source>
            <translation>Дела · {n}</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/directories.py" line="244" />
            <location filename="../../casetracker/gui/views/directories.py" line="246" />
            <location filename="../../casetracker/gui/views/directories.py" line="259" />
            <source>Facilities</source>
            <translation>Места содержания</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/directories.py" line="245" />
            <source>Camps, detention centres, prisons and factories named in status events.</source>
            <translation>Лагеря, следственные изоляторы, тюрьмы и фабрики, упомянутые в событиях статуса.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/directories.py" line="249" />
            <source>Kind of facility</source>
            <translation>Вид учреждения</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/directories.py" line="250" />
            <source>All kinds</source>
            <translation>Все виды</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/directories.py" line="256" />
            <source>New facility…</source>
            <translation>Новое место содержания…</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/directories.py" line="258" />
            <location filename="../../casetracker/gui/views/directory_detail.py" line="57" />
            <source>Kind</source>
            <translation>Вид</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/directories.py" line="258" />
            <source>Place</source>
            <translation>Местонахождение</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/directories.py" line="264" />
            <source>Select a facility.</source>
            <translation>Выберите место содержания.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/directories.py" line="268" />
            <source>Cases held here</source>
            <translation>Содержащиеся здесь</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/directories.py" line="329" />
            <source>Other names</source>
            <translation>Другие названия</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/directories.py" line="333" />
            <source>Cases held here · {n}</source>
            <translation>Содержащиеся здесь · {n}</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/directory_detail.py" line="56" />
            <source>Date</source>
            <translation>Дата</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/directory_detail.py" line="58" />
            <source>Summary</source>
            <translation>Содержание</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/directory_detail.py" line="59" />
            <source>Response</source>
            <translation>Ответ</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/directory_detail.py" line="87" />
            <source>Click to open {ref}</source>
            <translation>Щёлкните, чтобы открыть {ref}</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/directory_detail.py" line="120" />
            <source>Edit…</source>
            <translation>Изменить…</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/directory_detail.py" line="180" />
            <source>Case</source>
            <translation>Дело</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/directory_detail.py" line="180" />
            <source>Hometown</source>
            <translation>Родом из</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/directory_detail.py" line="180" />
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/directory_detail.py" line="198" />
            <source>Filter by name…</source>
            <translation>Фильтр по названию…</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/directory_detail.py" line="199" />
            <source>Filter</source>
            <translation>Фильтр</translation>
        </message>
    </context>
    <context>
        <name>DuplicatesPanel</name>
        <message>
            <location filename="../../casetracker/gui/rally/duplicates.py" line="28" />
            <source>name</source>
            <translation>имя</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/rally/duplicates.py" line="29" />
            <source>birth</source>
            <translation>рождение</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/rally/duplicates.py" line="30" />
            <source>hometown</source>
            <translation>родом из</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/rally/duplicates.py" line="31" />
            <source>phone</source>
            <translation>телефон</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/rally/duplicates.py" line="32" />
            <source>sex</source>
            <translation>пол</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/rally/duplicates.py" line="33" />
            <source>ID</source>
            <translation>документ</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/rally/duplicates.py" line="95" />
            <source>Possible duplicate {ref}: {names}</source>
            <translation>Возможно, то же дело {ref}: {names}</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/rally/duplicates.py" line="127" />
            <location filename="../../casetracker/gui/views/duplicates.py" line="424" />
            <location filename="../../casetracker/gui/views/duplicates.py" line="428" />
            <source>Possible duplicates</source>
            <translation>Возможные совпадения</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/rally/duplicates.py" line="165" />
            <source>Same person? Press its Alt key or click it to add this testimony.</source>
            <translation>Тот же человек? Нажмите его сочетание с Alt или щёлкните по нему, чтобы добавить это свидетельство.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/rally/duplicates.py" line="167" />
            <source>No similar case on record.</source>
            <translation>Похожих дел нет.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/rally/duplicates.py" line="169" />
            <source>Similar cases appear here while you type the name.</source>
            <translation>Похожие дела появятся здесь, пока вы вводите имя.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/duplicates.py" line="101" />
            <source>similar names</source>
            <translation>похожие имена</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/duplicates.py" line="104" />
            <source>same name</source>
            <translation>то же имя</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/duplicates.py" line="104" />
            <source>same name in another script</source>
            <translation>то же имя на другом письме</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/duplicates.py" line="107" />
            <source>born the same year ({year})</source>
            <translation>родились в один год ({year})</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/duplicates.py" line="109" />
            <source>birth years overlap</source>
            <translation>годы рождения пересекаются</translation>
        </message>
        <message numerus="yes">
            <location filename="../../casetracker/gui/views/duplicates.py" line="110" />
            <source>born %n year(s) apart</source>
            <translation>
                <numerusform>разница в возрасте %n год</numerusform>
                <numerusform>разница в возрасте %n года</numerusform>
                <numerusform>разница в возрасте %n лет</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/duplicates.py" line="112" />
            <source>same hometown</source>
            <translation>родом из одного места</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/duplicates.py" line="113" />
            <source>different hometowns</source>
            <translation>родом из разных мест</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/duplicates.py" line="114" />
            <source>same reporter phone</source>
            <translation>тот же телефон заявителя</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/duplicates.py" line="115" />
            <source>recorded as different sexes</source>
            <translation>указан разный пол</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/duplicates.py" line="116" />
            <source>same document number</source>
            <translation>тот же номер документа</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/duplicates.py" line="117" />
            <source>different document numbers</source>
            <translation>разные номера документов</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/duplicates.py" line="145" />
            <source>{percent}%</source>
            <translation>{percent}%</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/duplicates.py" line="161" />
            <source>Likelihood</source>
            <translation>Вероятность</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/duplicates.py" line="162" />
            <source>Case</source>
            <translation>Дело</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/duplicates.py" line="163" />
            <location filename="../../casetracker/gui/views/duplicates.py" line="165" />
            <source>Name</source>
            <translation>Имя</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/duplicates.py" line="164" />
            <source>Other case</source>
            <translation>Другое дело</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/duplicates.py" line="166" />
            <source>Why</source>
            <translation>Почему</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/duplicates.py" line="255" />
            <source>&amp;Merge…</source>
            <translation>&amp;Объединить…</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/duplicates.py" line="256" />
            <source>Merge the two cases into one (undoable)</source>
            <translation>Объединить два дела в одно (можно отменить)</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/duplicates.py" line="257" />
            <source>Not the same &amp;person</source>
            <translation>&amp;Разные люди</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/duplicates.py" line="258" />
            <source>Hide this pair until the vault is locked</source>
            <translation>Скрыть эту пару до блокировки хранилища</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/duplicates.py" line="273" />
            <location filename="../../casetracker/gui/views/duplicates.py" line="291" />
            <source>Why they may be one person</source>
            <translation>Почему это может быть один человек</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/duplicates.py" line="304" />
            <location filename="../../casetracker/gui/views/duplicates.py" line="305" />
            <location filename="../../casetracker/gui/views/duplicates.py" line="652" />
            <source>Open {ref}</source>
            <translation>Открыть {ref}</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/duplicates.py" line="306" />
            <source>Likelihood {score}</source>
            <translation>Вероятность {score}</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/duplicates.py" line="358" />
            <source>Duplicates</source>
            <translation>Повторы</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/duplicates.py" line="363" />
            <source>Cases that may record the same person twice. Compare each pair, then merge it or mark it as two people.</source>
            <translation>Дела, в которых один и тот же человек может быть записан дважды. Сравните каждую пару, затем объедините её или отметьте как двух разных людей.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/duplicates.py" line="381" />
            <source>Scan a&amp;gain</source>
            <translation>Проверить с&amp;нова</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/duplicates.py" line="386" />
            <source>Scan progress</source>
            <translation>Ход проверки</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/duplicates.py" line="387" />
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/duplicates.py" line="411" />
            <source>Dismiss</source>
            <translation>Скрыть</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/duplicates.py" line="450" />
            <source>Compare</source>
            <translation>Сравнение</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/duplicates.py" line="462" />
            <source>Select a pair to compare the two cases.</source>
            <translation>Выберите пару, чтобы сравнить два дела.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/duplicates.py" line="481" />
            <source>Reading names…</source>
            <translation>Чтение имён…</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/duplicates.py" line="483" />
            <source>Looking for cases recorded twice…</source>
            <translation>Поиск дел, записанных дважды…</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/duplicates.py" line="495" />
            <source>Scan cancelled.</source>
            <translation>Проверка отменена.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/duplicates.py" line="516" />
            <source>Comparing names…</source>
            <translation>Сравнение имён…</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/duplicates.py" line="536" />
            <source>The scan stopped: {error}</source>
            <translation>Проверка прервана: {error}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../casetracker/gui/views/duplicates.py" line="553" />
            <source>%Ln possible duplicate(s)</source>
            <translation>
                <numerusform>%Ln возможный повтор</numerusform>
                <numerusform>%Ln возможных повтора</numerusform>
                <numerusform>%Ln возможных повторов</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../casetracker/gui/views/duplicates.py" line="555" />
            <source>%Ln case(s) compared</source>
            <translation>
                <numerusform>Сравнено %Ln дело</numerusform>
                <numerusform>Сравнено %Ln дела</numerusform>
                <numerusform>Сравнено %Ln дел</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../casetracker/gui/views/duplicates.py" line="557" />
            <source>Show %n hidden pair(s)</source>
            <translation>
                <numerusform>Показать %n скрытую пару</numerusform>
                <numerusform>Показать %n скрытые пары</numerusform>
                <numerusform>Показать %n скрытых пар</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/duplicates.py" line="560" />
            <source>No likely duplicates. Cases that may be the same person appear here.</source>
            <translation>Вероятных повторов нет. Здесь появятся дела, которые могут относиться к одному человеку.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/duplicates.py" line="599" />
            <source>One of these cases no longer exists.</source>
            <translation>Одного из этих дел больше нет.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/duplicates.py" line="599" />
            <location filename="../../casetracker/gui/views/duplicates.py" line="675" />
            <source>Scan again</source>
            <translation>Проверить снова</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/duplicates.py" line="649" />
            <source>{drop} was merged into {keep}. Ctrl+Z undoes the merge.</source>
            <translation>{drop} объединено с {keep}. Ctrl+Z отменит объединение.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/duplicates.py" line="675" />
            <source>Cases changed since this scan.</source>
            <translation>После проверки дела изменились.</translation>
        </message>
    </context>
    <context>
        <name>EraseVaultDialog</name>
        <message>
            <location filename="../../casetracker/gui/dialogs/erase.py" line="39" />
            <source>Erase this vault</source>
            <translation>Стереть это хранилище</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/erase.py" line="41" />
            <source>Erase “{name}” for ever?</source>
            <translation>Стереть «{name}» навсегда?</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/erase.py" line="46" />
            <source>Every file is overwritten with random data and deleted. On SSDs and on some file systems old copies of the blocks can remain where no program can reach them. Those copies are encrypted: without the passphrase or the recovery code they cannot be read. The encryption is the real protection; erasing is a second layer. Backups kept elsewhere (another USB stick, another laptop) are not touched.</source>
            <translation>Каждый файл перезаписывается случайными данными и удаляется. На SSD и в некоторых файловых системах старые копии блоков могут остаться там, куда не дотянется ни одна программа. Эти копии зашифрованы: без парольной фразы или кода восстановления их не прочитать. Настоящая защита — шифрование; стирание — дополнительный уровень. Резервные копии, хранящиеся в других местах (на другой флешке, другом ноутбуке), не затрагиваются.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/erase.py" line="58" />
            <source>Type the vault's name, &lt;b&gt;{name}&lt;/b&gt;, to confirm:</source>
            <translation>Для подтверждения введите название хранилища, &lt;b&gt;{name}&lt;/b&gt;:</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/erase.py" line="62" />
            <source>Vault name to confirm erasing</source>
            <translation>Название хранилища для подтверждения стирания</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/erase.py" line="66" />
            <source>Erase for ever</source>
            <translation>Стереть навсегда</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/erase.py" line="85" />
            <source>This closes the vault and destroys it on this computer: every case, contact, attachment and the history in {path}, and the backups inside it.</source>
            <translation>Хранилище будет закрыто и уничтожено на этом компьютере: все дела, контакты, вложения и история в {path}, а также резервные копии внутри него.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../casetracker/gui/dialogs/erase.py" line="91" />
            <source>Also %n backup(s) of this vault in the backup folder.</source>
            <translation>
                <numerusform>А также %n резервная копия этого хранилища в папке резервных копий.</numerusform>
                <numerusform>А также %n резервные копии этого хранилища в папке резервных копий.</numerusform>
                <numerusform>А также %n резервных копий этого хранилища в папке резервных копий.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/erase.py" line="94" />
            <source>This cannot be undone.</source>
            <translation>Это действие нельзя отменить.</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <location filename="../../casetracker/gui/bus.py" line="36" />
            <source>Could not save</source>
            <translation>Не удалось сохранить</translation>
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
            <translation>Таблица CSV (.csv)</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/export_list.py" line="44" />
            <source>Excel workbook (.xlsx)</source>
            <translation>Книга Excel (.xlsx)</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/export_list.py" line="45" />
            <source>Everything, as JSON (.json)</source>
            <translation>Всё целиком, в JSON (.json)</translation>
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
            <translation>Экспорт списка дел</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/export_list.py" line="90" />
            <source>Format</source>
            <translation>Формат</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/export_list.py" line="96" />
            <source>The selected cases ({n})</source>
            <translation>Выбранные дела ({n})</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/export_list.py" line="97" />
            <source>The cases the list shows now ({n})</source>
            <translation>Дела, показанные сейчас в списке ({n})</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/export_list.py" line="98" />
            <source>All cases</source>
            <translation>Все дела</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/export_list.py" line="107" />
            <source>File to write</source>
            <translation>Файл для записи</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/export_list.py" line="108" />
            <source>Choose…</source>
            <translation>Выбрать…</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/export_list.py" line="116" />
            <source>&amp;Format:</source>
            <translation>&amp;Формат:</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/export_list.py" line="117" />
            <source>Cases:</source>
            <translation>Дела:</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/export_list.py" line="118" />
            <source>&amp;Save as:</source>
            <translation>&amp;Сохранить как:</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/export_list.py" line="122" />
            <source>This file is not encrypted. Anyone who gets it can read every name and detail in it. Keep it on an encrypted drive, send it only to people who need it, and delete it when it is no longer needed.</source>
            <translation>Этот файл не зашифрован. Любой, к кому он попадёт, прочитает все имена и сведения в нём. Храните его на зашифрованном диске, отправляйте только тем, кому он нужен, и удалите, когда он больше не нужен.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/export_list.py" line="138" />
            <source>Export</source>
            <translation>Экспортировать</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/export_list.py" line="204" />
            <source>Saved {n} cases to {path} (not encrypted)</source>
            <translation>Дела сохранены ({n}) в {path} (без шифрования)</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/export_list.py" line="214" />
            <source>The export failed: {error}</source>
            <translation>Экспорт не удался: {error}</translation>
        </message>
    </context>
    <context>
        <name>ExportPdfDialog</name>
        <message>
            <location filename="../../casetracker/gui/dialogs/export_pdf.py" line="78" />
            <location filename="../../casetracker/gui/dialogs/export_pdf.py" line="130" />
            <source>Level</source>
            <translation>Уровень</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/export_pdf.py" line="82" />
            <source>Language of the summary</source>
            <translation>Язык сводки</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/export_pdf.py" line="89" />
            <location filename="../../casetracker/gui/dialogs/export_pdf.py" line="132" />
            <source>Recipient</source>
            <translation>Получатель</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/export_pdf.py" line="94" />
            <source>Printed on the summary and kept in the dispatch log</source>
            <translation>Печатается в сводке и сохраняется в журнале отправок</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/export_pdf.py" line="96" />
            <source>Protect with a password (for e-mail)</source>
            <translation>Защитить паролем (для эл. почты)</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/export_pdf.py" line="97" />
            <source>Password</source>
            <translation>Пароль</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/export_pdf.py" line="98" />
            <source>Repeat the password</source>
            <translation>Повторите пароль</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/export_pdf.py" line="100" />
            <location filename="../../casetracker/gui/dialogs/export_pdf.py" line="141" />
            <source>Save to</source>
            <translation>Сохранить в</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/export_pdf.py" line="101" />
            <source>Choose…</source>
            <translation>Выбрать…</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/export_pdf.py" line="131" />
            <source>Language</source>
            <translation>Язык</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/export_pdf.py" line="143" />
            <source>The PDF is saved outside the encrypted vault: anyone who gets the file can read it. Protect it with a password before sending it by e-mail, and delete it when it is no longer needed. Each export is logged on the case.</source>
            <translation>PDF сохраняется вне зашифрованного хранилища: его сможет прочитать любой, к кому попадёт файл. Защитите его паролем перед отправкой по электронной почте и удалите, когда он больше не нужен. Каждый экспорт записывается в деле.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/export_pdf.py" line="174" />
            <source>The family's consent does not allow this</source>
            <translation>Согласие семьи этого не допускает</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/export_pdf.py" line="197" />
            <source>Use a password of at least {n} characters.</source>
            <translation>Пароль должен быть не короче {n} символов.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/export_pdf.py" line="201" />
            <source>The two passwords differ.</source>
            <translation>Пароли не совпадают.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/export_pdf.py" line="203" />
            <source>Choose where to save.</source>
            <translation>Выберите, куда сохранить.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/export_pdf.py" line="218" />
            <source>Save into</source>
            <translation>Сохранить в папку</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/export_pdf.py" line="221" />
            <source>PDF files (*.pdf)</source>
            <translation>Файлы PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/export_pdf.py" line="221" />
            <source>Save PDF</source>
            <translation>Сохранение PDF</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/export_pdf.py" line="241" />
            <source>Export PDF summary of {ref}</source>
            <translation>Экспорт сводки {ref} в PDF</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/export_pdf.py" line="247" />
            <source>Export PDF</source>
            <translation>Экспорт в PDF</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/export_pdf.py" line="281" />
            <source>Could not export</source>
            <translation>Не удалось экспортировать</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/export_pdf.py" line="291" />
            <source>Saved {path} (outside the vault)</source>
            <translation>Сохранено: {path} (вне хранилища)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../casetracker/gui/dialogs/export_pdf.py" line="318" />
            <source>Export %n case summaries</source>
            <translation>
                <numerusform>Экспорт сводки по %n делу</numerusform>
                <numerusform>Экспорт сводок по %n делам</numerusform>
                <numerusform>Экспорт сводок по %n делам</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/export_pdf.py" line="322" />
            <source>One PDF with a cover page listing the cases</source>
            <translation>Один PDF с титульной страницей и списком дел</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/export_pdf.py" line="324" />
            <source>Cases whose family did not consent to this level are skipped and listed.</source>
            <translation>Дела, семьи которых не дали согласия на этот уровень, будут пропущены и перечислены.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/export_pdf.py" line="335" />
            <source>Export</source>
            <translation>Экспортировать</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/export_pdf.py" line="398" />
            <source>Stopping after the current case…</source>
            <translation>Остановка после текущего дела…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../casetracker/gui/dialogs/export_pdf.py" line="412" />
            <source>%n PDF file(s) saved outside the vault in {where}.</source>
            <translation>
                <numerusform>%n файл PDF сохранён вне хранилища в {where}.</numerusform>
                <numerusform>%n файла PDF сохранены вне хранилища в {where}.</numerusform>
                <numerusform>%n файлов PDF сохранено вне хранилища в {where}.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/export_pdf.py" line="417" />
            <source>Cancelled before the end.</source>
            <translation>Отменено до завершения.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/export_pdf.py" line="419" />
            <source>Skipped (consent):</source>
            <translation>Пропущены (согласие):</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/export_pdf.py" line="429" />
            <source>The export stopped: {error}</source>
            <translation>Экспорт прерван: {error}</translation>
        </message>
    </context>
    <context>
        <name>FacilityDialog</name>
        <message>
            <location filename="../../casetracker/gui/dialogs/facility.py" line="28" />
            <source>Edit facility</source>
            <translation>Изменение места содержания</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/facility.py" line="28" />
            <source>New facility</source>
            <translation>Новое место содержания</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/facility.py" line="34" />
            <source>Name</source>
            <translation>Название</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/facility.py" line="38" />
            <source>e.g. Tekes County re-education camp No. 1</source>
            <translation>напр. лагерь «перевоспитания» № 1 уезда Текес</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/facility.py" line="42" />
            <source>Other names</source>
            <translation>Другие названия</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/facility.py" line="45" />
            <source>Official or local names, separated by ;</source>
            <translation>Официальные или местные названия через ;</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/facility.py" line="49" />
            <source>Kind</source>
            <translation>Вид</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/facility.py" line="55" />
            <source>Place</source>
            <translation>Местонахождение</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/facility.py" line="57" />
            <source>County, prefecture</source>
            <translation>Уезд, округ</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/facility.py" line="59" />
            <source>Notes</source>
            <translation>Заметки</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/facility.py" line="60" />
            <source>Add facility</source>
            <translation>Добавить</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/facility.py" line="60" />
            <source>Save</source>
            <translation>Сохранить</translation>
        </message>
    </context>
    <context>
        <name>FamilySection</name>
        <message>
            <location filename="../../casetracker/gui/casefile/family.py" line="54" />
            <source>Name</source>
            <translation>Имя</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/family.py" line="55" />
            <source>Relationship</source>
            <translation>Родство</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/family.py" line="56" />
            <source>Phone</source>
            <translation>Телефон</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/family.py" line="57" />
            <source>City</source>
            <translation>Город</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/family.py" line="58" />
            <source>Consent</source>
            <translation>Согласие</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/family.py" line="93" />
            <source>Reporters of this case</source>
            <translation>Заявители по этому делу</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/family.py" line="97" />
            <source>Add reporter…</source>
            <translation>Добавить заявителя…</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/family.py" line="98" />
            <source>Edit…</source>
            <translation>Изменить…</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/family.py" line="99" />
            <source>Unlink</source>
            <translation>Отвязать</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/family.py" line="111" />
            <source>Family members and others who report this case. Their consent decides which reports may include their details.</source>
            <translation>Родственники и другие люди, сообщившие об этом деле. Их согласие определяет, в какие отчёты могут попасть их данные.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/family.py" line="128" />
            <source>Family</source>
            <translation>Семья</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/family.py" line="182" />
            <source>Unlink reporter</source>
            <translation>Отвязать заявителя</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/family.py" line="183" />
            <source>Unlink {name} from this case? A reporter who reports no other case is removed. You can undo this.</source>
            <translation>Отвязать {name} от этого дела? Заявитель, не связанный с другими делами, будет удалён. Это действие можно отменить.</translation>
        </message>
    </context>
    <context>
        <name>FilterBar</name>
        <message>
            <location filename="../../casetracker/gui/widgets/filterbar.py" line="55" />
            <source>Status filter</source>
            <translation>Фильтр по статусу</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/widgets/filterbar.py" line="70" />
            <location filename="../../casetracker/gui/widgets/filterbar.py" line="95" />
            <source>Any status</source>
            <translation>Любой статус</translation>
        </message>
        <message numerus="yes">
            <location filename="../../casetracker/gui/widgets/filterbar.py" line="99" />
            <source>%n statuses</source>
            <translation>
                <numerusform>%n статус</numerusform>
                <numerusform>%n статуса</numerusform>
                <numerusform>%n статусов</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/widgets/filterbar.py" line="127" />
            <source>Not a date this filter understands</source>
            <translation>Фильтр не понимает эту дату</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/widgets/filterbar.py" line="148" />
            <source>Search by name in any script, reference or ID number</source>
            <translation>Поиск по имени на любом письме, номеру дела или номеру документа</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/widgets/filterbar.py" line="150" />
            <source>Search cases</source>
            <translation>Поиск дел</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/widgets/filterbar.py" line="156" />
            <source>Ethnicity filter</source>
            <translation>Фильтр по национальности</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/widgets/filterbar.py" line="160" />
            <source>Any hometown</source>
            <translation>Любое место</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/widgets/filterbar.py" line="161" />
            <source>Hometown filter</source>
            <translation>Фильтр по месту происхождения</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/widgets/filterbar.py" line="163" />
            <source>from</source>
            <translation>с</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/widgets/filterbar.py" line="164" />
            <source>to</source>
            <translation>по</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/widgets/filterbar.py" line="165" />
            <source>Follow-up due</source>
            <translation>Пора проверить</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/widgets/filterbar.py" line="166" />
            <source>Incomplete records</source>
            <translation>Неполные записи</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/widgets/filterbar.py" line="168" />
            <source>Clear filters</source>
            <translation>Сбросить</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/widgets/filterbar.py" line="185" />
            <source>Status since</source>
            <translation>Дата статуса</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/widgets/filterbar.py" line="217" />
            <source>Any ethnicity</source>
            <translation>Любая национальность</translation>
        </message>
    </context>
    <context>
        <name>FollowUpsPanel</name>
        <message>
            <location filename="../../casetracker/gui/views/followups.py" line="105" />
            <source>Overdue</source>
            <translation>Просрочено</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/followups.py" line="107" />
            <source>This week</source>
            <translation>На этой неделе</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/followups.py" line="109" />
            <source>Next week</source>
            <translation>На следующей неделе</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/followups.py" line="110" />
            <source>Week of {date}</source>
            <translation>Неделя с {date}</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/followups.py" line="141" />
            <source>Follow-ups</source>
            <translation>Напоминания</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/followups.py" line="146" />
            <source>Due and overdue</source>
            <translation>Предстоящие и просроченные</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/followups.py" line="150" />
            <source>Nothing is due. Follow-up dates set on letters and meetings appear here.</source>
            <translation>Сроков нет. Здесь появятся даты проверки, указанные для писем и встреч.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/followups.py" line="161" />
            <source>Done</source>
            <translation>Выполнено</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/followups.py" line="162" />
            <source>Due</source>
            <translation>Срок</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/followups.py" line="163" />
            <source>Case</source>
            <translation>Дело</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/followups.py" line="164" />
            <source>Name</source>
            <translation>Имя</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/followups.py" line="165" />
            <source>Organisation</source>
            <translation>Организация</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/followups.py" line="166" />
            <source>Kind</source>
            <translation>Вид</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/followups.py" line="167" />
            <source>Summary</source>
            <translation>Содержание</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/followups.py" line="171" />
            <source>Follow-ups due</source>
            <translation>Предстоящие проверки</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/followups.py" line="200" />
            <source>Due by {date}: {n} · overdue: {overdue}</source>
            <translation>Срок до {date}: {n} · просрочено: {overdue}</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/followups.py" line="267" />
            <source>Mark this follow-up done</source>
            <translation>Отметить как выполненное</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/followups.py" line="274" />
            <source>Overdue since {date}</source>
            <translation>Просрочено с {date}</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/followups.py" line="298" />
            <source>Follow-up marked done (Undo restores it)</source>
            <translation>Отмечено как выполненное (отмена вернёт)</translation>
        </message>
    </context>
    <context>
        <name>FuzzyDateEdit</name>
        <message>
            <location filename="../../casetracker/gui/widgets/fuzzydate_edit.py" line="140" />
            <source>e.g. spring 2018, about 1975, 12.04.1980, before 2019</source>
            <translation>напр. весна 2018, около 1975, 12.04.1980, до 2019</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/widgets/fuzzydate_edit.py" line="151" />
            <source>Not a date. Try e.g. 04.2018, spring 2018, about 2018, before 2019.</source>
            <translation>Это не дата. Например: 04.2018, весна 2018, около 2018, до 2019.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/widgets/fuzzydate_edit.py" line="155" />
            <source>Not a date: {reason}</source>
            <translation>Это не дата: {reason}</translation>
        </message>
    </context>
    <context>
        <name>HistorySection</name>
        <message>
            <location filename="../../casetracker/gui/casefile/history.py" line="66" />
            <location filename="../../casetracker/gui/casefile/history.py" line="92" />
            <source>name</source>
            <translation>имя</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/history.py" line="67" />
            <source>hometown</source>
            <translation>родом из</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/history.py" line="68" />
            <source>occupation</source>
            <translation>род занятий</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/history.py" line="69" />
            <source>ethnicity</source>
            <translation>национальность</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/history.py" line="70" />
            <source>citizenship</source>
            <translation>гражданство</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/history.py" line="71" />
            <source>birth date</source>
            <translation>дата рождения</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/history.py" line="72" />
            <source>notes</source>
            <translation>заметки</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/history.py" line="73" />
            <source>request</source>
            <translation>просьба</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/history.py" line="74" />
            <source>status</source>
            <translation>статус</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/history.py" line="75" />
            <source>current status</source>
            <translation>текущий статус</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/history.py" line="76" />
            <source>status date</source>
            <translation>дата статуса</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/history.py" line="77" />
            <source>sex</source>
            <translation>пол</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/history.py" line="78" />
            <source>consent</source>
            <translation>согласие</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/history.py" line="79" />
            <source>place</source>
            <translation>место</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/history.py" line="80" />
            <source>note</source>
            <translation>примечание</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/history.py" line="81" />
            <source>sentence</source>
            <translation>приговор</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/history.py" line="82" />
            <source>charge</source>
            <translation>обвинение</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/history.py" line="83" />
            <source>source</source>
            <translation>источник</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/history.py" line="84" />
            <source>confidence</source>
            <translation>достоверность</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/history.py" line="85" />
            <source>relationship</source>
            <translation>родство</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/history.py" line="86" />
            <source>follow-up done</source>
            <translation>проверка выполнена</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/history.py" line="87" />
            <source>date</source>
            <translation>дата</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/history.py" line="88" />
            <source>caption</source>
            <translation>подпись</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/history.py" line="89" />
            <source>source note</source>
            <translation>происхождение</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/history.py" line="90" />
            <source>file</source>
            <translation>файл</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/history.py" line="91" />
            <source>number</source>
            <translation>номер</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/history.py" line="127" />
            <source>When</source>
            <translation>Когда</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/history.py" line="128" />
            <source>Who</source>
            <translation>Кто</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/history.py" line="129" />
            <source>What</source>
            <translation>Что</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/history.py" line="130" />
            <source>Field</source>
            <translation>Поле</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/history.py" line="131" />
            <source>Before → after</source>
            <translation>Было → стало</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/history.py" line="151" />
            <source>(no name set)</source>
            <translation>(имя не задано)</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/history.py" line="172" />
            <source>Changes to this case</source>
            <translation>Изменения в этом деле</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/history.py" line="182" />
            <source>History</source>
            <translation>История</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/history.py" line="189" />
            <source>Every change to this case, newest first. Use Undo to reverse one.</source>
            <translation>Все изменения в этом деле, сначала новые. Чтобы вернуть изменение, используйте «Отменить».</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/history.py" line="191" />
            <source>No changes recorded since this case was added or imported.</source>
            <translation>С момента добавления или импорта дела изменений не было.</translation>
        </message>
    </context>
    <context>
        <name>IdentifierListEdit</name>
        <message>
            <location filename="../../casetracker/gui/casefile/identifiers.py" line="39" />
            <source>PRC resident ID</source>
            <translation>Удостоверение личности КНР</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/identifiers.py" line="40" />
            <source>Passport</source>
            <translation>Паспорт</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/identifiers.py" line="41" />
            <source>Kazakhstan IIN</source>
            <translation>ИИН Казахстана</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/identifiers.py" line="42" />
            <source>Other</source>
            <translation>Другое</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/identifiers.py" line="61" />
            <source>Looks valid</source>
            <translation>Похоже на правильный</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/identifiers.py" line="63" />
            <source>Valid · born {date} · {sex}</source>
            <translation>Правильный · род. {date} · {sex}</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/identifiers.py" line="81" />
            <source>No identity documents recorded.</source>
            <translation>Документы не записаны.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/identifiers.py" line="84" />
            <source>Kind of document</source>
            <translation>Вид документа</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/identifiers.py" line="88" />
            <source>Document number</source>
            <translation>Номер документа</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/identifiers.py" line="89" />
            <source>Number</source>
            <translation>Номер</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/identifiers.py" line="90" />
            <source>Add</source>
            <translation>Добавить</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/identifiers.py" line="91" />
            <source>Add this document</source>
            <translation>Добавить этот документ</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/identifiers.py" line="130" />
            <source>Remove</source>
            <translation>Убрать</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/identifiers.py" line="133" />
            <source>Remove {kind} {value}</source>
            <translation>Убрать: {kind} {value}</translation>
        </message>
    </context>
    <context>
        <name>IdentitySection</name>
        <message>
            <location filename="../../casetracker/gui/casefile/identity.py" line="47" />
            <source>PRC citizen</source>
            <translation>Гражданин КНР</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/identity.py" line="48" />
            <source>PRC citizen, Kazakhstan residence permit</source>
            <translation>Гражданин КНР, вид на жительство в Казахстане</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/identity.py" line="49" />
            <source>Kazakhstan citizen</source>
            <translation>Гражданин Казахстана</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/identity.py" line="79" />
            <source>Identity</source>
            <translation>Личность</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/identity.py" line="84" />
            <location filename="../../casetracker/gui/casefile/identity.py" line="118" />
            <source>Sex</source>
            <translation>Пол</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/identity.py" line="85" />
            <location filename="../../casetracker/gui/casefile/identity.py" line="119" />
            <source>Birth date</source>
            <translation>Дата рождения</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/identity.py" line="86" />
            <source>Age</source>
            <translation>Возраст</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/identity.py" line="89" />
            <location filename="../../casetracker/gui/casefile/identity.py" line="121" />
            <source>Ethnicity</source>
            <translation>Национальность</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/identity.py" line="94" />
            <source>Citizenship or residence status</source>
            <translation>Гражданство или вид на жительство</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/identity.py" line="97" />
            <location filename="../../casetracker/gui/casefile/identity.py" line="123" />
            <source>Hometown</source>
            <translation>Родом из</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/identity.py" line="97" />
            <source>Prefecture › county › township › village</source>
            <translation>Округ › уезд › волость › село</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/identity.py" line="99" />
            <location filename="../../casetracker/gui/casefile/identity.py" line="124" />
            <source>Occupation</source>
            <translation>Род занятий</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/identity.py" line="100" />
            <source>Consent</source>
            <translation>Согласие</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/identity.py" line="106" />
            <source>Source of the photo</source>
            <translation>Источник фото</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/identity.py" line="106" />
            <source>Where this photo came from</source>
            <translation>Откуда это фото</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/identity.py" line="108" />
            <source>Add photo…</source>
            <translation>Добавить фото…</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/identity.py" line="109" />
            <source>Add a photo from a file</source>
            <translation>Добавить фото из файла</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/identity.py" line="113" />
            <source>Personal details</source>
            <translation>Личные данные</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/identity.py" line="120" />
            <source>Age if no birth date</source>
            <translation>Возраст, если дата рождения неизвестна</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/identity.py" line="122" />
            <source>Citizenship / residence</source>
            <translation>Гражданство / проживание</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/identity.py" line="125" />
            <source>Consent for reports</source>
            <translation>Согласие на отчёты</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/identity.py" line="133" />
            <source>Photo</source>
            <translation>Фото</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/identity.py" line="135" />
            <source>Source</source>
            <translation>Источник</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/identity.py" line="141" />
            <source>Names</source>
            <translation>Имена</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/identity.py" line="143" />
            <source>Every written form: Chinese ID card, Arabic script, Cyrillic, passport.</source>
            <translation>Все формы написания: китайское удостоверение, арабское письмо, кириллица, паспорт.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/identity.py" line="146" />
            <source>Identity documents</source>
            <translation>Документы</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/identity.py" line="282" />
            <source>Add photo</source>
            <translation>Добавление фото</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/identity.py" line="284" />
            <source>Images (*.jpg *.jpeg *.png *.gif *.bmp *.webp)</source>
            <translation>Изображения (*.jpg *.jpeg *.png *.gif *.bmp *.webp)</translation>
        </message>
    </context>
    <context>
        <name>ImportWizard</name>
        <message>
            <location filename="../../casetracker/gui/dialogs/import_wizard.py" line="63" />
            <source>Choose a spreadsheet</source>
            <translation>Выберите таблицу</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/import_wizard.py" line="65" />
            <source>File</source>
            <translation>Файл</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/import_wizard.py" line="66" />
            <source>Browse…</source>
            <translation>Обзор…</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/import_wizard.py" line="82" />
            <source>Import cases</source>
            <translation>Импорт дел</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/import_wizard.py" line="82" />
            <source>Spreadsheets (*.csv *.xlsx *.ods)</source>
            <translation>Таблицы (*.csv *.xlsx *.ods)</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/import_wizard.py" line="115" />
            <source>Which column holds what</source>
            <translation>Какой столбец что содержит</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/import_wizard.py" line="121" />
            <source>Skip rows that are already a case</source>
            <translation>Пропустить строки, которые уже есть как дела</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/import_wizard.py" line="122" />
            <source>Update the existing case</source>
            <translation>Обновить существующее дело</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/import_wizard.py" line="123" />
            <source>Add them as new cases</source>
            <translation>Добавить как новые дела</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/import_wizard.py" line="140" />
            <source>— do not import —</source>
            <translation>— не импортировать —</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/import_wizard.py" line="148" />
            <source>A row that is already a case</source>
            <translation>Строка, которая уже есть как дело</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/import_wizard.py" line="163" />
            <source>Check and import</source>
            <translation>Проверка и импорт</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/import_wizard.py" line="168" />
            <source>Column</source>
            <translation>Столбец</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/import_wizard.py" line="168" />
            <source>Reason</source>
            <translation>Причина</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/import_wizard.py" line="168" />
            <source>Row</source>
            <translation>Строка</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/import_wizard.py" line="168" />
            <source>Value</source>
            <translation>Значение</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/import_wizard.py" line="171" />
            <source>Import only the valid rows</source>
            <translation>Импортировать только правильные строки</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/import_wizard.py" line="172" />
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/import_wizard.py" line="242" />
            <source>Import cases from a spreadsheet</source>
            <translation>Импорт дел из таблицы</translation>
        </message>
    </context>
    <context>
        <name>InteractionDialog</name>
        <message>
            <location filename="../../casetracker/gui/dialogs/interaction.py" line="57" />
            <source>Edit advocacy step</source>
            <translation>Изменение обращения</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/interaction.py" line="57" />
            <source>Log advocacy step</source>
            <translation>Запись обращения</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/interaction.py" line="66" />
            <location filename="../../casetracker/gui/dialogs/interaction.py" line="113" />
            <source>Date</source>
            <translation>Дата</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/interaction.py" line="67" />
            <location filename="../../casetracker/gui/dialogs/interaction.py" line="114" />
            <source>Kind</source>
            <translation>Вид</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/interaction.py" line="68" />
            <source>Direction</source>
            <translation>Направление</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/interaction.py" line="70" />
            <location filename="../../casetracker/gui/dialogs/interaction.py" line="115" />
            <source>Organisation</source>
            <translation>Организация</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/interaction.py" line="72" />
            <location filename="../../casetracker/gui/dialogs/interaction.py" line="73" />
            <source>Name of the new organisation</source>
            <translation>Название новой организации</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/interaction.py" line="74" />
            <source>Kind of organisation</source>
            <translation>Вид организации</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/interaction.py" line="77" />
            <location filename="../../casetracker/gui/dialogs/interaction.py" line="117" />
            <source>Contact</source>
            <translation>Контакт</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/interaction.py" line="78" />
            <source>Type a new name or pick</source>
            <translation>Введите новое имя или выберите</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/interaction.py" line="80" />
            <location filename="../../casetracker/gui/dialogs/interaction.py" line="118" />
            <source>Summary</source>
            <translation>Содержание</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/interaction.py" line="83" />
            <location filename="../../casetracker/gui/dialogs/interaction.py" line="119" />
            <source>Response</source>
            <translation>Ответ</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/interaction.py" line="84" />
            <source>Follow up by</source>
            <translation>Проверить до</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/interaction.py" line="87" />
            <source>Follow-up date</source>
            <translation>Дата проверки</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/interaction.py" line="88" />
            <source>Follow-up done</source>
            <translation>Проверка выполнена</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/interaction.py" line="120" />
            <source>Follow-up</source>
            <translation>Проверка</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/interaction.py" line="135" />
            <source>— none —</source>
            <translation>— нет —</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/interaction.py" line="138" />
            <source>New organisation…</source>
            <translation>Новая организация…</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <location filename="../../casetracker/gui/labels.py" line="34" />
            <source>Detained in a camp</source>
            <translation>Содержится в лагере</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/labels.py" line="35" />
            <source>Pre-trial detention</source>
            <translation>Предварительное заключение</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/labels.py" line="36" />
            <source>Sentenced / in prison</source>
            <translation>Осуждён(а), в тюрьме</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/labels.py" line="37" />
            <source>House arrest</source>
            <translation>Домашний арест</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/labels.py" line="38" />
            <source>Forced labour</source>
            <translation>Принудительный труд</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/labels.py" line="39" />
            <source>Released, cannot leave China</source>
            <translation>Без права выезда из КНР</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/labels.py" line="40" />
            <source>Released</source>
            <translation>На свободе</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/labels.py" line="41" />
            <source>Allowed to leave China</source>
            <translation>Разрешён выезд из Китая</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/labels.py" line="42" />
            <source>Arrived in Kazakhstan</source>
            <translation>Прибыл(а) в Казахстан</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/labels.py" line="43" />
            <source>Died</source>
            <translation>Умер(ла)</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/labels.py" line="44" />
            <source>Disappeared</source>
            <translation>Пропал(а) без вести</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/labels.py" line="45" />
            <source>Unknown</source>
            <translation>Неизвестно</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/labels.py" line="46" />
            <source>Family testimony</source>
            <translation>Показания семьи</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/labels.py" line="47" />
            <source>Document</source>
            <translation>Документ</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/labels.py" line="48" />
            <location filename="../../casetracker/gui/labels.py" line="87" />
            <location filename="../../casetracker/gui/labels.py" line="96" />
            <source>Media</source>
            <translation>СМИ</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/labels.py" line="49" />
            <source>Leaked official list</source>
            <translation>Утёкший официальный список</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/labels.py" line="50" />
            <source>PRC official statement</source>
            <translation>Официальное заявление КНР</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/labels.py" line="51" />
            <source>Proof-of-life video</source>
            <translation>Видео «доказательство жизни»</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/labels.py" line="52" />
            <location filename="../../casetracker/gui/labels.py" line="76" />
            <location filename="../../casetracker/gui/labels.py" line="81" />
            <location filename="../../casetracker/gui/labels.py" line="89" />
            <location filename="../../casetracker/gui/labels.py" line="111" />
            <source>Other</source>
            <translation>Другое</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/labels.py" line="53" />
            <source>Confirmed</source>
            <translation>Подтверждено</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/labels.py" line="54" />
            <source>Probable</source>
            <translation>Вероятно</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/labels.py" line="55" />
            <source>Possible</source>
            <translation>Возможно</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/labels.py" line="56" />
            <source>Unverified</source>
            <translation>Не проверено</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/labels.py" line="57" />
            <source>Male</source>
            <translation>Мужской</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/labels.py" line="58" />
            <source>Female</source>
            <translation>Женский</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/labels.py" line="59" />
            <source>Not known</source>
            <translation>Неизвестно</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/labels.py" line="60" />
            <source>Internal use only</source>
            <translation>Только для внутреннего использования</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/labels.py" line="61" />
            <source>Embassies and UN</source>
            <translation>Посольства и ООН</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/labels.py" line="62" />
            <source>Public</source>
            <translation>Публично</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/labels.py" line="63" />
            <source>Spouse</source>
            <translation>Супруг(а)</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/labels.py" line="64" />
            <source>Son or daughter</source>
            <translation>Сын или дочь</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/labels.py" line="65" />
            <source>Parent</source>
            <translation>Отец или мать</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/labels.py" line="66" />
            <source>Brother or sister</source>
            <translation>Брат или сестра</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/labels.py" line="67" />
            <source>Grandchild</source>
            <translation>Внук или внучка</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/labels.py" line="68" />
            <source>Grandparent</source>
            <translation>Дедушка или бабушка</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/labels.py" line="69" />
            <source>Nephew or niece</source>
            <translation>Племянник или племянница</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/labels.py" line="70" />
            <source>Uncle or aunt</source>
            <translation>Дядя или тётя</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/labels.py" line="71" />
            <source>Cousin</source>
            <translation>Двоюродный брат или сестра</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/labels.py" line="72" />
            <source>In-law</source>
            <translation>Родственник по браку</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/labels.py" line="73" />
            <source>Other relative</source>
            <translation>Другой родственник</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/labels.py" line="74" />
            <source>Friend or neighbour</source>
            <translation>Друг или сосед</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/labels.py" line="75" />
            <source>The person themself</source>
            <translation>Сам человек</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/labels.py" line="77" />
            <source>Camp</source>
            <translation>Лагерь</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/labels.py" line="78" />
            <source>Detention centre</source>
            <translation>Следственный изолятор</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/labels.py" line="79" />
            <source>Prison</source>
            <translation>Тюрьма</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/labels.py" line="80" />
            <source>Factory</source>
            <translation>Фабрика</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/labels.py" line="82" />
            <source>Embassy</source>
            <translation>Посольство</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/labels.py" line="83" />
            <source>Consulate</source>
            <translation>Консульство</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/labels.py" line="84" />
            <source>Ministry</source>
            <translation>Министерство</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/labels.py" line="85" />
            <source>UN body</source>
            <translation>Орган ООН</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/labels.py" line="86" />
            <source>NGO</source>
            <translation>НКО</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/labels.py" line="88" />
            <source>Lawyer</source>
            <translation>Юрист</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/labels.py" line="90" />
            <source>Letter</source>
            <translation>Письмо</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/labels.py" line="91" />
            <source>E-mail</source>
            <translation>Эл. письмо</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/labels.py" line="92" />
            <source>Meeting</source>
            <translation>Встреча</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/labels.py" line="93" />
            <source>Phone call</source>
            <translation>Звонок</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/labels.py" line="94" />
            <source>Petition</source>
            <translation>Петиция</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/labels.py" line="95" />
            <source>UN communication</source>
            <translation>Обращение в ООН</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/labels.py" line="97" />
            <source>Sent</source>
            <translation>Отправлено</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/labels.py" line="98" />
            <source>Received</source>
            <translation>Получено</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/labels.py" line="99" />
            <source>No response</source>
            <translation>Нет ответа</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/labels.py" line="100" />
            <source>Acknowledged</source>
            <translation>Получение подтверждено</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/labels.py" line="101" />
            <source>Denied</source>
            <translation>Отказ</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/labels.py" line="102" />
            <source>Asked for more information</source>
            <translation>Запрошены дополнительные сведения</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/labels.py" line="103" />
            <source>Favourable</source>
            <translation>Положительный ответ</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/labels.py" line="104" />
            <source>Kazakh</source>
            <translation>Казах</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/labels.py" line="105" />
            <source>Uyghur</source>
            <translation>Уйгур</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/labels.py" line="106" />
            <source>Kyrgyz</source>
            <translation>Кыргыз</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/labels.py" line="107" />
            <source>Hui</source>
            <translation>Хуэй (дунганин)</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/labels.py" line="108" />
            <source>Uzbek</source>
            <translation>Узбек</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/labels.py" line="109" />
            <source>Tatar</source>
            <translation>Татарин</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/labels.py" line="110" />
            <source>Han</source>
            <translation>Хань (китаец)</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/labels.py" line="143" />
            <source>Not recorded</source>
            <translation>Не указано</translation>
        </message>
    </context>
    <context>
        <name>LanguageMenu</name>
        <message>
            <location filename="../../casetracker/gui/language.py" line="63" />
            <source>&amp;Language</source>
            <translation>&amp;Язык</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../casetracker/gui/language.py" line="81" />
            <location filename="../../casetracker/gui/mainactions.py" line="184" />
            <source>&amp;View</source>
            <translation>&amp;Вид</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/mainactions.py" line="59" />
            <source>&amp;Spreadsheet (CSV, Excel, ODS)…</source>
            <translation>&amp;Таблица (CSV, Excel, ODS)…</translation>
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
            <translation>&amp;Экспорт списка…</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/mainactions.py" line="63" />
            <source>Export &amp;PDF summary…</source>
            <translation>Экспорт сводки в &amp;PDF…</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/mainactions.py" line="64" />
            <source>&amp;Export a bundle…</source>
            <translation>&amp;Экспорт пакета…</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/mainactions.py" line="65" />
            <source>&amp;Import a bundle…</source>
            <translation>&amp;Импорт пакета…</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/mainactions.py" line="66" />
            <source>&amp;Merge conflicts…</source>
            <translation>&amp;Расхождения при объединении…</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/mainactions.py" line="67" />
            <source>Change &amp;passphrase…</source>
            <translation>Сменить &amp;парольную фразу…</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/mainactions.py" line="68" />
            <source>New &amp;recovery code…</source>
            <translation>Новый &amp;код восстановления…</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/mainactions.py" line="69" />
            <source>&amp;Back up now…</source>
            <translation>&amp;Создать резервную копию…</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/mainactions.py" line="70" />
            <source>Re&amp;store from backup…</source>
            <translation>&amp;Восстановить из копии…</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/mainactions.py" line="71" />
            <source>Check &amp;integrity</source>
            <translation>Проверить &amp;целостность</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/mainactions.py" line="72" />
            <source>&amp;History of changes…</source>
            <translation>&amp;История изменений…</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/mainactions.py" line="73" />
            <source>Se&amp;ttings…</source>
            <translation>&amp;Настройки…</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/mainactions.py" line="74" />
            <source>&amp;Erase this vault…</source>
            <translation>Стереть &amp;это хранилище…</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/mainactions.py" line="113" />
            <source>&amp;New case…</source>
            <translation>&amp;Новое дело…</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/mainactions.py" line="116" />
            <source>Add a new case</source>
            <translation>Добавить новое дело</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/mainactions.py" line="120" />
            <source>&amp;Search</source>
            <translation>&amp;Поиск</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/mainactions.py" line="123" />
            <source>Search the cases</source>
            <translation>Искать дела</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/mainactions.py" line="125" />
            <location filename="../../casetracker/gui/mainactions.py" line="234" />
            <source>&amp;Undo</source>
            <translation>&amp;Отменить</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/mainactions.py" line="126" />
            <location filename="../../casetracker/gui/mainactions.py" line="235" />
            <source>&amp;Redo</source>
            <translation>Пов&amp;торить</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/mainactions.py" line="127" />
            <source>&amp;Back to the list</source>
            <translation>Н&amp;азад к списку</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/mainactions.py" line="130" />
            <source>&amp;Lock</source>
            <translation>&amp;Заблокировать</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/mainactions.py" line="133" />
            <source>Lock the vault: close it and ask for the passphrase again</source>
            <translation>Заблокировать хранилище: закрыть его и снова запросить парольную фразу</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/mainactions.py" line="135" />
            <source>&amp;Quit</source>
            <translation>В&amp;ыход</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/mainactions.py" line="136" />
            <source>&amp;About CaseTracker</source>
            <translation>&amp;О программе CaseTracker</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/mainactions.py" line="137" />
            <source>Names in &amp;Latin script first</source>
            <translation>Имена сначала &amp;латиницей</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/mainactions.py" line="138" />
            <source>Names in &amp;Cyrillic script first</source>
            <translation>Имена сначала &amp;кириллицей</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/mainactions.py" line="141" />
            <source>Lock and &amp;hide everything</source>
            <translation>Заблокировать и &amp;скрыть всё</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/mainactions.py" line="144" />
            <source>Panic: lock at once, close every window and empty the clipboard</source>
            <translation>Тревога: сразу заблокировать, закрыть все окна и очистить буфер обмена</translation>
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
            <translation>&amp;Пакет для передачи</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/mainactions.py" line="179" />
            <source>&amp;Edit</source>
            <translation>&amp;Правка</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/mainactions.py" line="192" />
            <source>V&amp;ault</source>
            <translation>&amp;Хранилище</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/mainactions.py" line="203" />
            <source>&amp;Help</source>
            <translation>&amp;Справка</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/mainactions.py" line="208" />
            <source>Main toolbar</source>
            <translation>Основная панель инструментов</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/mainactions.py" line="234" />
            <source>Undo {label}</source>
            <translation>Отменить: {label}</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/mainactions.py" line="235" />
            <source>Redo {label}</source>
            <translation>Повторить: {label}</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/mainactions.py" line="236" />
            <source>Undo</source>
            <translation>Отменить</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/mainactions.py" line="237" />
            <source>Redo</source>
            <translation>Повторить</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/mainwindow.py" line="82" />
            <location filename="../../casetracker/gui/mainwindow.py" line="100" />
            <source>The vault is locked.</source>
            <translation>Хранилище заблокировано.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/mainwindow.py" line="84" />
            <source>Unlock…</source>
            <translation>Разблокировать…</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/mainwindow.py" line="89" />
            <source>Unlocking</source>
            <translation>Разблокировка</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/mainwindow.py" line="100" />
            <source>Opening the vault…</source>
            <translation>Хранилище открывается…</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/mainwindow.py" line="155" />
            <source>{name} — opening…</source>
            <translation>{name} — открывается…</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/mainwindow.py" line="170" />
            <source>Sections</source>
            <translation>Разделы</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/mainwindow.py" line="348" />
            <source>About CaseTracker</source>
            <translation>О программе CaseTracker</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/mainwindow.py" line="349" />
            <source>&lt;b&gt;CaseTracker {version}&lt;/b&gt;&lt;p&gt;Encrypted records of relatives detained in Xinjiang, kept on this computer only.&lt;/p&gt;</source>
            <translation>&lt;b&gt;CaseTracker {version}&lt;/b&gt;&lt;p&gt;Зашифрованные записи о родственниках, задержанных в Синьцзяне. Хранятся только на этом компьютере.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/mainwindow.py" line="487" />
            <source>{name} — locked</source>
            <translation>{name} — заблокировано</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/panels.py" line="27" />
            <source>Overview</source>
            <translation>Обзор</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/panels.py" line="28" />
            <source>Cases</source>
            <translation>Дела</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/panels.py" line="29" />
            <source>Follow-ups</source>
            <translation>Напоминания</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/panels.py" line="30" />
            <source>Contacts</source>
            <translation>Контакты</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/panels.py" line="31" />
            <source>Facilities</source>
            <translation>Места содержания</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/panels.py" line="32" />
            <source>Rally entry</source>
            <translation>Запись на акции</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/panels.py" line="33" />
            <source>Duplicates</source>
            <translation>Повторы</translation>
        </message>
    </context>
    <context>
        <name>MergeDialog</name>
        <message>
            <location filename="../../casetracker/gui/dialogs/merge.py" line="46" />
            <location filename="../../casetracker/gui/dialogs/merge.py" line="177" />
            <source>Sex</source>
            <translation>Пол</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/merge.py" line="47" />
            <location filename="../../casetracker/gui/dialogs/merge.py" line="176" />
            <source>Born</source>
            <translation>Рождение</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/merge.py" line="48" />
            <source>Age</source>
            <translation>Возраст</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/merge.py" line="49" />
            <location filename="../../casetracker/gui/dialogs/merge.py" line="178" />
            <source>Hometown</source>
            <translation>Родом из</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/merge.py" line="50" />
            <source>Ethnicity</source>
            <translation>Национальность</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/merge.py" line="51" />
            <source>Citizenship</source>
            <translation>Гражданство</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/merge.py" line="52" />
            <source>Occupation</source>
            <translation>Род занятий</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/merge.py" line="53" />
            <source>Notes</source>
            <translation>Заметки</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/merge.py" line="54" />
            <source>Family's request</source>
            <translation>Просьба семьи</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/merge.py" line="55" />
            <source>Consent</source>
            <translation>Согласие</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/merge.py" line="94" />
            <source>age {age}</source>
            <translation>возраст {age}</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/merge.py" line="175" />
            <source>Names</source>
            <translation>Имена</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/merge.py" line="179" />
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/merge.py" line="180" />
            <source>Reporters</source>
            <translation>Заявители</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/merge.py" line="182" />
            <source>Identifiers</source>
            <translation>Документы</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/merge.py" line="185" />
            <source>On record</source>
            <translation>Записано</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/merge.py" line="218" />
            <source>since {date}</source>
            <translation>с {date}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../casetracker/gui/dialogs/merge.py" line="244" />
            <location filename="../../casetracker/gui/dialogs/merge.py" line="283" />
            <source>%n status event(s)</source>
            <translation>
                <numerusform>%n событие статуса</numerusform>
                <numerusform>%n события статуса</numerusform>
                <numerusform>%n событий статуса</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../casetracker/gui/dialogs/merge.py" line="245" />
            <location filename="../../casetracker/gui/dialogs/merge.py" line="286" />
            <source>%n attachment(s)</source>
            <translation>
                <numerusform>%n вложение</numerusform>
                <numerusform>%n вложения</numerusform>
                <numerusform>%n вложений</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../casetracker/gui/dialogs/merge.py" line="281" />
            <source>%n name(s)</source>
            <translation>
                <numerusform>%n имя</numerusform>
                <numerusform>%n имени</numerusform>
                <numerusform>%n имён</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../casetracker/gui/dialogs/merge.py" line="282" />
            <source>%n identifier(s)</source>
            <translation>
                <numerusform>%n документ</numerusform>
                <numerusform>%n документа</numerusform>
                <numerusform>%n документов</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../casetracker/gui/dialogs/merge.py" line="284" />
            <source>%n reporter(s)</source>
            <translation>
                <numerusform>%n заявитель</numerusform>
                <numerusform>%n заявителя</numerusform>
                <numerusform>%n заявителей</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../casetracker/gui/dialogs/merge.py" line="285" />
            <source>%n letter(s) or meeting(s)</source>
            <translation>
                <numerusform>%n обращение</numerusform>
                <numerusform>%n обращения</numerusform>
                <numerusform>%n обращений</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../casetracker/gui/dialogs/merge.py" line="287" />
            <source>%n sent summary record(s)</source>
            <translation>
                <numerusform>%n запись об отправке сводки</numerusform>
                <numerusform>%n записи об отправке сводок</numerusform>
                <numerusform>%n записей об отправке сводок</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/merge.py" line="296" />
            <source>Moves from {drop} to {keep}: {what}.</source>
            <translation>Из {drop} в {keep} переходят: {what}.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/merge.py" line="300" />
            <source>{drop} has nothing that {keep} does not already have.</source>
            <translation>В {drop} нет ничего, чего уже нет в {keep}.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../casetracker/gui/dialogs/merge.py" line="305" />
            <source>%n record(s) both cases have are kept once.</source>
            <translation>
                <numerusform>%n запись, которая есть в обоих делах, сохраняется один раз.</numerusform>
                <numerusform>%n записи, которые есть в обоих делах, сохраняются один раз.</numerusform>
                <numerusform>%n записей, которые есть в обоих делах, сохраняются один раз.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/merge.py" line="308" />
            <source>Taken over from {drop}: {fields}.</source>
            <translation>Взято из {drop}: {fields}.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/merge.py" line="311" />
            <source>{drop} is then removed; its reference keeps finding {keep}. Ctrl+Z undoes it.</source>
            <translation>Затем {drop} удаляется; по его номеру по-прежнему находится {keep}. Ctrl+Z отменит это.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/merge.py" line="331" />
            <source>Recorded differently</source>
            <translation>Записано по-разному</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/merge.py" line="347" />
            <source>Choose what the merged case keeps. {ref}'s value is chosen unless you change it.</source>
            <translation>Выберите, что сохранит объединённое дело. Если не изменить, выбирается значение из {ref}.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/merge.py" line="352" />
            <source>No field is recorded differently: nothing to choose.</source>
            <translation>Нет полей, записанных по-разному: выбирать нечего.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/merge.py" line="368" />
            <source>Keep both texts</source>
            <translation>Оставить оба текста</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/merge.py" line="369" />
            <source>{field}: keep both texts</source>
            <translation>{field}: оставить оба текста</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/merge.py" line="387" />
            <source>{field}: {value} (from {ref})</source>
            <translation>{field}: {value} (из {ref})</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/merge.py" line="416" />
            <source>Merge two cases</source>
            <translation>Объединение двух дел</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/merge.py" line="424" />
            <source>Merge only when both cases record the same person. Everything recorded in the case you do not keep moves to the one you keep.</source>
            <translation>Объединяйте, только если оба дела об одном и том же человеке. Всё, что записано в деле, которое вы не оставляете, переходит в оставляемое.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/merge.py" line="441" />
            <source>What merging does</source>
            <translation>Что делает объединение</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/merge.py" line="462" />
            <source>Keep:</source>
            <translation>Оставить:</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/merge.py" line="467" />
            <source>Keep {ref}</source>
            <translation>Оставить {ref}</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/merge.py" line="497" />
            <source>Kept</source>
            <translation>Остаётся</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/merge.py" line="497" />
            <source>Moves into it, then removed</source>
            <translation>Переходит в него, затем удаляется</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/merge.py" line="503" />
            <source>Merge into {ref}</source>
            <translation>Объединить в {ref}</translation>
        </message>
    </context>
    <context>
        <name>NameEdit</name>
        <message>
            <location filename="../../casetracker/gui/widgets/name_edit.py" line="28" />
            <source>Cyrillic</source>
            <translation>Кириллица</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/widgets/name_edit.py" line="29" />
            <source>Latin</source>
            <translation>Латиница</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/widgets/name_edit.py" line="30" />
            <source>Arabic</source>
            <translation>Арабское</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/widgets/name_edit.py" line="31" />
            <source>Chinese</source>
            <translation>Китайское</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/widgets/name_edit.py" line="32" />
            <source>Script?</source>
            <translation>Письмо?</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/widgets/name_edit.py" line="35" />
            <source>Primary</source>
            <translation>Основное</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/widgets/name_edit.py" line="36" />
            <source>Passport</source>
            <translation>Паспорт</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/widgets/name_edit.py" line="37" />
            <source>Alias</source>
            <translation>Другое имя</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/widgets/name_edit.py" line="79" />
            <source>Name</source>
            <translation>Имя</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/widgets/name_edit.py" line="80" />
            <source>Name in any script</source>
            <translation>Имя на любом письме</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/widgets/name_edit.py" line="86" />
            <source>Kind of name</source>
            <translation>Вид имени</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/widgets/name_edit.py" line="89" />
            <source>Remove</source>
            <translation>Убрать</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/widgets/name_edit.py" line="90" />
            <source>Remove this name</source>
            <translation>Убрать это имя</translation>
        </message>
    </context>
    <context>
        <name>NameListEdit</name>
        <message>
            <location filename="../../casetracker/gui/widgets/name_edit.py" line="145" />
            <source>+ Add a name</source>
            <translation>+ Добавить имя</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/widgets/name_edit.py" line="146" />
            <source>Add a name</source>
            <translation>Добавить имя</translation>
        </message>
    </context>
    <context>
        <name>NewCaseDialog</name>
        <message>
            <location filename="../../casetracker/gui/dialogs/new_case.py" line="45" />
            <source>Latin</source>
            <translation>латиница</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/new_case.py" line="46" />
            <source>Cyrillic</source>
            <translation>кириллица</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/new_case.py" line="47" />
            <source>Arabic script</source>
            <translation>арабское письмо</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/new_case.py" line="48" />
            <source>Chinese characters</source>
            <translation>китайские иероглифы</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/new_case.py" line="49" />
            <source>Other script</source>
            <translation>другое письмо</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/new_case.py" line="87" />
            <source>Script: {script}</source>
            <translation>Письмо: {script}</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/new_case.py" line="185" />
            <source>Already on record?</source>
            <translation>Уже записан?</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/new_case.py" line="188" />
            <source>These cases may be the same person. Open one instead of entering it twice.</source>
            <translation>Эти дела могут относиться к тому же человеку. Откройте одно из них, чтобы не вводить дважды.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/new_case.py" line="219" />
            <source>Open this case instead</source>
            <translation>Открыть это дело</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/new_case.py" line="220" />
            <source>Open {ref} instead</source>
            <translation>Открыть {ref}</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/new_case.py" line="247" />
            <source>New case</source>
            <translation>Новое дело</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/new_case.py" line="252" />
            <source>Start with the name as the family gives it, in any script. Everything else can be added in the case file.</source>
            <translation>Начните с имени в том виде, в каком его называет семья, на любом письме. Всё остальное можно добавить в деле.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/new_case.py" line="291" />
            <location filename="../../casetracker/gui/dialogs/new_case.py" line="336" />
            <source>Create case</source>
            <translation>Создать дело</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/new_case.py" line="291" />
            <source>Create new case anyway</source>
            <translation>Всё равно создать новое дело</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/new_case.py" line="312" />
            <source>Name</source>
            <translation>Имя</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/new_case.py" line="312" />
            <source>e.g. Қалиолла Мұхаметұлы, Qaliolla, 哈力奥拉</source>
            <translation>напр. Қалиолла Мұхаметұлы, Qaliolla, 哈力奥拉</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/new_case.py" line="315" />
            <source>optional: the same name in another script</source>
            <translation>необязательно: то же имя на другом письме</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/new_case.py" line="316" />
            <source>Name in another script</source>
            <translation>Имя на другом письме</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/new_case.py" line="320" />
            <source>Hometown</source>
            <translation>Родом из</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/new_case.py" line="321" />
            <source>optional: prefecture, county or village</source>
            <translation>необязательно: округ, уезд или село</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/new_case.py" line="326" />
            <source>&amp;Name:</source>
            <translation>&amp;Имя:</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/new_case.py" line="327" />
            <source>&amp;Other spelling:</source>
            <translation>&amp;Другое написание:</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/new_case.py" line="328" />
            <source>&amp;Hometown:</source>
            <translation>&amp;Родом из:</translation>
        </message>
    </context>
    <context>
        <name>NotesSection</name>
        <message>
            <location filename="../../casetracker/gui/casefile/notes.py" line="39" />
            <location filename="../../casetracker/gui/casefile/notes.py" line="58" />
            <location filename="../../casetracker/gui/casefile/notes.py" line="73" />
            <source>Notes</source>
            <translation>Заметки</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/notes.py" line="40" />
            <source>Anything the family told you, what to check next, who to call…</source>
            <translation>Всё, что рассказала семья, что проверить дальше, кому позвонить…</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/notes.py" line="43" />
            <location filename="../../casetracker/gui/casefile/notes.py" line="62" />
            <source>Request to the recipient</source>
            <translation>Просьба к получателю</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/notes.py" line="44" />
            <source>What this case asks of an embassy or UN body: raise the case, proof of life, release, permission to leave, family reunification…</source>
            <translation>О чём это дело просит посольство или орган ООН: поднять вопрос, подтвердить, что человек жив, освобождение, разрешение на выезд, воссоединение семьи…</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/notes.py" line="63" />
            <source>Printed on case summaries for embassies and UN bodies.</source>
            <translation>Печатается в сводках по делу для посольств и органов ООН.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/notes.py" line="99" />
            <source>Editing…</source>
            <translation>Редактирование…</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/notes.py" line="102" />
            <source>Saved at {time}</source>
            <translation>Сохранено в {time}</translation>
        </message>
    </context>
    <context>
        <name>Operations</name>
        <message>
            <location filename="../../casetracker/gui/corelabels.py" line="19" />
            <source>Add case</source>
            <translation>Добавление дела</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/corelabels.py" line="20" />
            <source>Edit case</source>
            <translation>Изменение дела</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/corelabels.py" line="21" />
            <source>Edit names</source>
            <translation>Изменение имён</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/corelabels.py" line="22" />
            <source>Add identifier</source>
            <translation>Добавление документа</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/corelabels.py" line="23" />
            <source>Remove identifier</source>
            <translation>Удаление документа</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/corelabels.py" line="24" />
            <source>Delete case</source>
            <translation>Удаление дела</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/corelabels.py" line="25" />
            <source>Import case</source>
            <translation>Импорт дела</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/corelabels.py" line="26" />
            <source>Update case</source>
            <translation>Обновление дела</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/corelabels.py" line="27" />
            <source>Merge cases</source>
            <translation>Объединение дел</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/corelabels.py" line="28" />
            <source>Resolve merge conflict</source>
            <translation>Разрешение расхождения</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/corelabels.py" line="29" />
            <source>Add status event</source>
            <translation>Добавление события статуса</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/corelabels.py" line="30" />
            <source>Edit status event</source>
            <translation>Изменение события статуса</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/corelabels.py" line="31" />
            <source>Delete status event</source>
            <translation>Удаление события статуса</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/corelabels.py" line="32" />
            <source>Add reporter</source>
            <translation>Добавление заявителя</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/corelabels.py" line="33" />
            <source>Edit reporter</source>
            <translation>Изменение заявителя</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/corelabels.py" line="34" />
            <source>Edit relationship</source>
            <translation>Изменение родства</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/corelabels.py" line="35" />
            <source>Remove reporter</source>
            <translation>Отвязка заявителя</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/corelabels.py" line="36" />
            <source>Add organisation</source>
            <translation>Добавление организации</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/corelabels.py" line="37" />
            <source>Edit organisation</source>
            <translation>Изменение организации</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/corelabels.py" line="38" />
            <source>Add contact</source>
            <translation>Добавление контакта</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/corelabels.py" line="39" />
            <source>Edit contact</source>
            <translation>Изменение контакта</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/corelabels.py" line="40" />
            <source>Add interaction</source>
            <translation>Добавление обращения</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/corelabels.py" line="41" />
            <source>Edit interaction</source>
            <translation>Изменение обращения</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/corelabels.py" line="42" />
            <source>Delete interaction</source>
            <translation>Удаление обращения</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/corelabels.py" line="43" />
            <source>Add attachment</source>
            <translation>Добавление вложения</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/corelabels.py" line="44" />
            <source>Edit attachment</source>
            <translation>Изменение вложения</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/corelabels.py" line="45" />
            <source>Remove attachment</source>
            <translation>Удаление вложения</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/corelabels.py" line="46" />
            <source>Add facility</source>
            <translation>Добавление места содержания</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/corelabels.py" line="47" />
            <source>Edit facility</source>
            <translation>Изменение места содержания</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/corelabels.py" line="48" />
            <source>Delete facility</source>
            <translation>Удаление места содержания</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/corelabels.py" line="49" />
            <source>Change setting</source>
            <translation>Изменение настройки</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/corelabels.py" line="50" />
            <source>Export case summary</source>
            <translation>Экспорт сводки по делу</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/corelabels.py" line="51" />
            <source>Rally entry</source>
            <translation>Запись на акции</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/corelabels.py" line="52" />
            <source>Add testimony</source>
            <translation>Добавление свидетельства</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/corelabels.py" line="53" />
            <source>Change passphrase</source>
            <translation>Смена парольной фразы</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/corelabels.py" line="54" />
            <source>New recovery code</source>
            <translation>Новый код восстановления</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/corelabels.py" line="59" />
            <source>Undo {label}</source>
            <translation>Отмена: {label}</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/corelabels.py" line="60" />
            <source>Redo {label}</source>
            <translation>Повтор: {label}</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/corelabels.py" line="63" />
            <source>Create demo data ({n})</source>
            <translation>Создание демо-данных ({n})</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/corelabels.py" line="65" />
            <source>Import cases ({n})</source>
            <translation>Импорт дел ({n})</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/corelabels.py" line="68" />
            <source>Import cases from {name}</source>
            <translation>Импорт дел из {name}</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/corelabels.py" line="70" />
            <source>Import PFIF {name}</source>
            <translation>Импорт PFIF {name}</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/corelabels.py" line="73" />
            <source>Merge bundle from {name}</source>
            <translation>Объединение пакета от {name}</translation>
        </message>
    </context>
    <context>
        <name>OrganizationDialog</name>
        <message>
            <location filename="../../casetracker/gui/dialogs/organization.py" line="32" />
            <source>Edit organisation</source>
            <translation>Изменение организации</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/organization.py" line="32" />
            <source>New organisation</source>
            <translation>Новая организация</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/organization.py" line="38" />
            <source>Name</source>
            <translation>Название</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/organization.py" line="42" />
            <source>e.g. Embassy of Germany in Astana</source>
            <translation>напр. Посольство Германии в Астане</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/organization.py" line="45" />
            <source>Kind</source>
            <translation>Вид</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/organization.py" line="47" />
            <source>Country</source>
            <translation>Страна</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/organization.py" line="48" />
            <source>Notes</source>
            <translation>Заметки</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/organization.py" line="49" />
            <source>Add organisation</source>
            <translation>Добавить организацию</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/organization.py" line="49" />
            <source>Save</source>
            <translation>Сохранить</translation>
        </message>
    </context>
    <context>
        <name>OverviewPanel</name>
        <message>
            <location filename="../../casetracker/gui/views/overview.py" line="128" />
            <source>Overview</source>
            <translation>Обзор</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/overview.py" line="160" />
            <source>All cases</source>
            <translation>Все дела</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/overview.py" line="160" />
            <source>Every case in this vault</source>
            <translation>Все дела в этом хранилище</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/overview.py" line="161" />
            <source>Held now</source>
            <translation>Сейчас под стражей</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/overview.py" line="162" />
            <source>Released</source>
            <translation>На свободе</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/overview.py" line="163" />
            <source>Died</source>
            <translation>Умерли</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/overview.py" line="164" />
            <source>Whereabouts unknown</source>
            <translation>Местонахождение неизвестно</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/overview.py" line="170" />
            <source>Current status: {list}</source>
            <translation>Текущий статус: {list}</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/overview.py" line="178" />
            <location filename="../../casetracker/gui/views/overview.py" line="179" />
            <source>Cases by current status</source>
            <translation>Дела по текущему статусу</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/overview.py" line="185" />
            <source>No news for more than 6 months</source>
            <translation>Нет вестей больше 6 месяцев</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/overview.py" line="189" />
            <source>Case</source>
            <translation>Дело</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/overview.py" line="190" />
            <source>Name</source>
            <translation>Имя</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/overview.py" line="191" />
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/overview.py" line="192" />
            <source>Last news</source>
            <translation>Последние вести</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/overview.py" line="195" />
            <source>Cases without news for 6 months</source>
            <translation>Дела без вестей 6 месяцев</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/overview.py" line="201" />
            <source>New cases recorded</source>
            <translation>Новые записанные дела</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/overview.py" line="201" />
            <source>Per month, last 24 months</source>
            <translation>По месяцам, последние 24 месяца</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/overview.py" line="202" />
            <source>New cases recorded per month</source>
            <translation>Новые дела по месяцам</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/overview.py" line="203" />
            <source>No cases recorded in the last 24 months</source>
            <translation>За последние 24 месяца дела не записывались</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/overview.py" line="209" />
            <source>Releases over time</source>
            <translation>Освобождения по годам</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/overview.py" line="210" />
            <source>Release, departure and arrival events per year of their date</source>
            <translation>События освобождения, выезда и прибытия по годам</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/overview.py" line="212" />
            <source>Releases per year</source>
            <translation>Освобождения за год</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/overview.py" line="213" />
            <source>No dated releases recorded yet</source>
            <translation>Освобождений с датой пока нет</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/overview.py" line="218" />
            <source>Top hometowns</source>
            <translation>Чаще всего родом из</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/overview.py" line="219" />
            <source>Cases by hometown</source>
            <translation>Дела по месту происхождения</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/overview.py" line="220" />
            <source>No hometowns recorded yet</source>
            <translation>Места происхождения пока не записаны</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/overview.py" line="225" />
            <source>Ethnicity</source>
            <translation>Национальность</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/overview.py" line="226" />
            <source>Cases by ethnicity</source>
            <translation>Дела по национальности</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/overview.py" line="227" />
            <source>No cases yet</source>
            <translation>Дел пока нет</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/overview.py" line="258" />
            <source>Could not compute the overview: {error}</source>
            <translation>Не удалось подготовить обзор: {error}</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/overview.py" line="277" />
            <source>As of {date}</source>
            <translation>На {date}</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/overview.py" line="281" />
            <source>{shown} of {total} places, by number of cases</source>
            <translation>{shown} из {total} мест — по числу дел</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/overview.py" line="290" />
            <source>New cases</source>
            <translation>Новые дела</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/overview.py" line="315" />
            <source>Last confirmed {date}</source>
            <translation>Последнее подтверждение: {date}</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/overview.py" line="319" />
            <source>In total: {n} · oldest news first</source>
            <translation>Всего: {n} · сначала самые давние вести</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/overview.py" line="321" />
            <source>showing the {n} oldest</source>
            <translation>показаны самые давние: {n}</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/views/overview.py" line="322" />
            <source>Every case has recent news</source>
            <translation>По всем делам есть свежие вести</translation>
        </message>
    </context>
    <context>
        <name>PassphraseDialog</name>
        <message>
            <location filename="../../casetracker/gui/dialogs/passphrase.py" line="75" />
            <source>The current passphrase is wrong.</source>
            <translation>Текущая парольная фраза неверна.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/passphrase.py" line="78" />
            <source>It did not work: {error}</source>
            <translation>Не получилось: {error}</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/passphrase.py" line="97" />
            <source>Change the passphrase</source>
            <translation>Смена парольной фразы</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/passphrase.py" line="105" />
            <source>The new passphrase replaces the old one at once. The recovery code keeps working. A backup is taken first; old backups still open with the passphrase that was valid when they were made.</source>
            <translation>Новая парольная фраза сразу заменяет старую. Код восстановления продолжает работать. Сначала делается резервная копия; старые копии открываются парольной фразой, действовавшей при их создании.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/passphrase.py" line="114" />
            <location filename="../../casetracker/gui/dialogs/passphrase.py" line="252" />
            <source>Current passphrase</source>
            <translation>Текущая парольная фраза</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/passphrase.py" line="115" />
            <source>New passphrase</source>
            <translation>Новая парольная фраза</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/passphrase.py" line="116" />
            <source>Repeat the new passphrase</source>
            <translation>Повторите новую парольную фразу</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/passphrase.py" line="122" />
            <location filename="../../casetracker/gui/dialogs/passphrase.py" line="255" />
            <source>&amp;Current passphrase:</source>
            <translation>&amp;Текущая парольная фраза:</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/passphrase.py" line="125" />
            <source>&amp;New passphrase:</source>
            <translation>&amp;Новая парольная фраза:</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/passphrase.py" line="127" />
            <source>&amp;Repeat it:</source>
            <translation>П&amp;овторите её:</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/passphrase.py" line="136" />
            <source>Change passphrase</source>
            <translation>Сменить парольную фразу</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/passphrase.py" line="163" />
            <source>Choose a stronger passphrase: a few unrelated words work well.</source>
            <translation>Выберите более надёжную парольную фразу: хорошо подходят несколько не связанных между собой слов.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/passphrase.py" line="165" />
            <source>Use at least {n} characters.</source>
            <translation>Нужно не меньше {n} символов.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/passphrase.py" line="167" />
            <source>The two passphrases differ.</source>
            <translation>Парольные фразы не совпадают.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/passphrase.py" line="169" />
            <source>The new passphrase is the same as the current one.</source>
            <translation>Новая парольная фраза совпадает с текущей.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/passphrase.py" line="196" />
            <source>Passphrase changed. The recovery code still works. Backup taken first: {path}</source>
            <translation>Парольная фраза изменена. Код восстановления по-прежнему работает. Предварительно сделана резервная копия: {path}</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/passphrase.py" line="231" />
            <source>New recovery code</source>
            <translation>Новый код восстановления</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/passphrase.py" line="243" />
            <source>A new recovery code replaces the old one, which stops working at once: destroy the paper it is written on. Make a new code if the old one may have been seen or lost.</source>
            <translation>Новый код восстановления заменяет старый, который сразу перестаёт работать: уничтожьте бумагу, на которой он записан. Создайте новый код, если старый могли увидеть или он потерян.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/passphrase.py" line="262" />
            <source>Make a new code</source>
            <translation>Создать новый код</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/passphrase.py" line="272" />
            <source>Done</source>
            <translation>Готово</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/passphrase.py" line="272" />
            <source>Your new recovery code</source>
            <translation>Ваш новый код восстановления</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/passphrase.py" line="320" />
            <source>Print the recovery code</source>
            <translation>Печать кода восстановления</translation>
        </message>
        <message>
            <source>I have written it down</source>
            <translation type="vanished">Я записал(а) код</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation type="vanished">Печать…</translation>
        </message>
        <message>
            <source>Recovery code</source>
            <translation type="vanished">Код восстановления</translation>
        </message>
    </context>
    <context>
        <name>PhotoWell</name>
        <message>
            <location filename="../../casetracker/gui/casefile/photo.py" line="70" />
            <source>Photo</source>
            <translation>Фото</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/photo.py" line="80" />
            <source>Drop an image file here to add a photo</source>
            <translation>Перетащите сюда файл изображения, чтобы добавить фото</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/photo.py" line="146" />
            <source>No photo yet.
Drop an image file here.</source>
            <translation>Фото пока нет.
Перетащите сюда файл изображения.</translation>
        </message>
    </context>
    <context>
        <name>RallyForm</name>
        <message>
            <location filename="../../casetracker/gui/rally/fields.py" line="92" />
            <source>Script: {script}</source>
            <translation>Письмо: {script}</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/rally/fields.py" line="101" />
            <source>1975, about 1975, 40s</source>
            <translation>1975, около 1975, 40-е</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/rally/fields.py" line="113" />
            <source>born {date}</source>
            <translation>род. {date}</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/rally/fields.py" line="116" />
            <source>Not a year or an age. Try 1975, about 1975, 1970s, 45 or 40s.</source>
            <translation>Это не год и не возраст. Например: 1975, около 1975, 1970-е, 45 или 40-е.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/rally/fields.py" line="130" />
            <source>Choose a photo…</source>
            <translation>Выбрать фото…</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/rally/fields.py" line="131" />
            <source>Choose a photo from a file</source>
            <translation>Выбрать фото из файла</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/rally/fields.py" line="132" />
            <source>Camera…</source>
            <translation>Камера…</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/rally/fields.py" line="133" />
            <source>Take a photo with the camera</source>
            <translation>Сфотографировать камерой</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/rally/fields.py" line="140" />
            <source>Remove</source>
            <translation>Убрать</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/rally/fields.py" line="141" />
            <source>Remove the photo</source>
            <translation>Убрать фото</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/rally/fields.py" line="160" />
            <source>Photo of the detained person</source>
            <translation>Фото задержанного</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/rally/fields.py" line="162" />
            <source>Images</source>
            <translation>Изображения</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/rally/fields.py" line="220" />
            <source>optional</source>
            <translation>необязательно</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/rally/form.py" line="118" />
            <source>In any script: Қалиолла, Qaliolla, قالىوللا</source>
            <translation>На любом письме: Қалиолла, Qaliolla, قالىوللا</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/rally/form.py" line="121" />
            <source>Born (year or age)</source>
            <translation>Год рождения или возраст</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/rally/form.py" line="123" />
            <source>Prefecture, county or village</source>
            <translation>Округ, уезд или село</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/rally/form.py" line="125" />
            <source>Since when</source>
            <translation>С какого времени</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/rally/form.py" line="126" />
            <source>spring 2018, about 2017, before 2019</source>
            <translation>весна 2018, около 2017, до 2019</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/rally/form.py" line="130" />
            <source>The relative who tells us</source>
            <translation>Родственник, который рассказывает</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/rally/form.py" line="133" />
            <source>+7 701 123 45 67</source>
            <translation>+7 701 123 45 67</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/rally/form.py" line="136" />
            <source>Anything else the family says</source>
            <translation>Всё остальное, что говорит семья</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/rally/form.py" line="137" />
            <source>— ask the family —</source>
            <translation>— спросите семью —</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/rally/form.py" line="142" />
            <source>Detained person</source>
            <translation>Задержанный</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/rally/form.py" line="143" />
            <source>&amp;Name</source>
            <translation>&amp;Имя</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/rally/form.py" line="144" />
            <source>Se&amp;x</source>
            <translation>&amp;Пол</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/rally/form.py" line="145" />
            <source>&amp;Born</source>
            <translation>&amp;Рождение</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/rally/form.py" line="146" />
            <source>&amp;Hometown</source>
            <translation>Ро&amp;дом из</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/rally/form.py" line="147" />
            <source>Current &amp;status</source>
            <translation>&amp;Статус сейчас</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/rally/form.py" line="148" />
            <source>S&amp;ince</source>
            <translation>С &amp;какого времени</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/rally/form.py" line="149" />
            <source>Told by</source>
            <translation>Кто рассказывает</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/rally/form.py" line="150" />
            <source>&amp;Relative</source>
            <translation>Р&amp;одственник</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/rally/form.py" line="151" />
            <source>Relations&amp;hip</source>
            <translation>Родс&amp;тво</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/rally/form.py" line="152" />
            <source>&amp;Phone</source>
            <translation>Тел&amp;ефон</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/rally/form.py" line="153" />
            <source>Ph&amp;oto</source>
            <translation>&amp;Фото</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/rally/form.py" line="154" />
            <source>No&amp;te</source>
            <translation>&amp;Заметка</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/rally/form.py" line="155" />
            <source>&amp;Consent</source>
            <translation>Со&amp;гласие</translation>
        </message>
    </context>
    <context>
        <name>RallyPanel</name>
        <message>
            <location filename="../../casetracker/gui/rally/header.py" line="23" />
            <source>Rally entry</source>
            <translation>Запись на акции</translation>
        </message>
        <message numerus="yes">
            <location filename="../../casetracker/gui/rally/header.py" line="45" />
            <source>%n recorded this session</source>
            <translation>
                <numerusform>За этот сеанс записан %n человек</numerusform>
                <numerusform>За этот сеанс записано %n человека</numerusform>
                <numerusform>За этот сеанс записано %n человек</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/rally/header.py" line="47" />
            <source>Nobody recorded yet in this session</source>
            <translation>За этот сеанс пока никто не записан</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/rally/panel.py" line="105" />
            <source>Enter: next field · Ctrl+Enter: save, next person · Alt+1…5: same person · Esc: discard</source>
            <translation>Enter: следующее поле · Ctrl+Enter: сохранить, следующий человек · Alt+1…5: тот же человек · Esc: отменить</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/rally/panel.py" line="168" />
            <source>Last field: Ctrl+Enter saves this person.</source>
            <translation>Последнее поле: Ctrl+Enter сохранит этого человека.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/rally/panel.py" line="195" />
            <source>Could not look for similar cases: {error}</source>
            <translation>Не удалось поискать похожие дела: {error}</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/rally/panel.py" line="220" />
            <source>&lt;b&gt;Adding a testimony to {ref}&lt;/b&gt; · {name}&lt;br&gt;Ctrl+Enter adds it to that case · Alt+0: a new person after all</source>
            <translation>&lt;b&gt;Добавление свидетельства к {ref}&lt;/b&gt; · {name}&lt;br&gt;Ctrl+Enter добавит его к этому делу · Alt+0: всё-таки новый человек</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/rally/panel.py" line="247" />
            <source>Nothing to save yet.</source>
            <translation>Пока нечего сохранять.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/rally/panel.py" line="262" />
            <source>Added to {ref}</source>
            <translation>Добавлено к {ref}</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/rally/panel.py" line="262" />
            <source>Saved {ref}</source>
            <translation>Сохранено: {ref}</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/rally/panel.py" line="305" />
            <source>Discard this entry?</source>
            <translation>Отменить эту запись?</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/rally/panel.py" line="306" />
            <source>Everything typed for this person will be lost.</source>
            <translation>Всё, что введено об этом человеке, пропадёт.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/rally/panel.py" line="309" />
            <source>Discard</source>
            <translation>Отменить запись</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/rally/panel.py" line="310" />
            <source>Keep typing</source>
            <translation>Продолжить ввод</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/rally/panel.py" line="317" />
            <source>Entry discarded.</source>
            <translation>Запись отменена.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/rally/panel.py" line="349" />
            <source>Draft restored: the entry you were typing is back.</source>
            <translation>Черновик восстановлен: запись, которую вы вводили, возвращена.</translation>
        </message>
    </context>
    <context>
        <name>RallyReviewPanel</name>
        <message>
            <location filename="../../casetracker/gui/rally/review.py" line="37" />
            <source>sex</source>
            <translation>пол</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/rally/review.py" line="38" />
            <source>birth year</source>
            <translation>год рождения</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/rally/review.py" line="39" />
            <source>hometown</source>
            <translation>место происхождения</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/rally/review.py" line="40" />
            <source>status</source>
            <translation>статус</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/rally/review.py" line="41" />
            <source>since when</source>
            <translation>с какого времени</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/rally/review.py" line="42" />
            <source>relative</source>
            <translation>родственник</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/rally/review.py" line="43" />
            <source>phone</source>
            <translation>телефон</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/rally/review.py" line="49" />
            <source>✓ complete</source>
            <translation>✓ заполнено</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/rally/review.py" line="51" />
            <source>⚠ missing: {fields}</source>
            <translation>⚠ не хватает: {fields}</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/rally/review.py" line="125" />
            <location filename="../../casetracker/gui/rally/review.py" line="168" />
            <source>Today's entries</source>
            <translation>Записи за сегодня</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/rally/review.py" line="126" />
            <source>Case</source>
            <translation>Дело</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/rally/review.py" line="126" />
            <source>Name · still to fill in</source>
            <translation>Имя · что ещё заполнить</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/rally/review.py" line="152" />
            <source>{name} (testimony added)</source>
            <translation>{name} (добавлено свидетельство)</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/rally/review.py" line="164" />
            <source>Today's entries: {count} ({incomplete} incomplete)</source>
            <translation>Записи за сегодня: {count} (неполных: {incomplete})</translation>
        </message>
    </context>
    <context>
        <name>ReporterDialog</name>
        <message>
            <location filename="../../casetracker/gui/dialogs/reporter.py" line="55" />
            <source>Add reporter</source>
            <translation>Добавление заявителя</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/reporter.py" line="55" />
            <source>Edit reporter</source>
            <translation>Изменение заявителя</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/reporter.py" line="57" />
            <location filename="../../casetracker/gui/dialogs/reporter.py" line="84" />
            <source>Name</source>
            <translation>Имя</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/reporter.py" line="62" />
            <source>Relationship to the person</source>
            <translation>Кем приходится</translation>
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
            <translation>Город</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/reporter.py" line="69" />
            <location filename="../../casetracker/gui/dialogs/reporter.py" line="89" />
            <source>Consent</source>
            <translation>Согласие</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/reporter.py" line="73" />
            <location filename="../../casetracker/gui/dialogs/reporter.py" line="100" />
            <source>Notes</source>
            <translation>Заметки</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/reporter.py" line="86" />
            <source>Relationship</source>
            <translation>Родство</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/reporter.py" line="91" />
            <source>Consent decides which reports may name this person: internal only, embassies and UN bodies, or the public.</source>
            <translation>Согласие определяет, в каких отчётах можно назвать этого человека: только внутренние, для посольств и органов ООН или публичные.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/reporter.py" line="115" />
            <source>A name is required.</source>
            <translation>Нужно указать имя.</translation>
        </message>
    </context>
    <context>
        <name>ServiceErrors</name>
        <message>
            <location filename="../../casetracker/gui/errors.py" line="26" />
            <source>Name</source>
            <translation>Имя</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/errors.py" line="27" />
            <location filename="../../casetracker/gui/errors.py" line="28" />
            <source>Names</source>
            <translation>Имена</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/errors.py" line="29" />
            <source>Reference</source>
            <translation>Номер дела</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/errors.py" line="30" />
            <source>Sex</source>
            <translation>Пол</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/errors.py" line="31" />
            <source>Ethnicity</source>
            <translation>Национальность</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/errors.py" line="32" />
            <source>Citizenship</source>
            <translation>Гражданство</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/errors.py" line="33" />
            <source>Hometown</source>
            <translation>Родом из</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/errors.py" line="34" />
            <source>Occupation</source>
            <translation>Род занятий</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/errors.py" line="35" />
            <source>Notes</source>
            <translation>Заметки</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/errors.py" line="36" />
            <source>Request</source>
            <translation>Просьба</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/errors.py" line="37" />
            <source>Consent</source>
            <translation>Согласие</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/errors.py" line="38" />
            <source>Date of birth</source>
            <translation>Дата рождения</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/errors.py" line="39" />
            <source>Date</source>
            <translation>Дата</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/errors.py" line="40" />
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/errors.py" line="41" />
            <source>Facility</source>
            <translation>Место содержания</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/errors.py" line="42" />
            <source>Identity document</source>
            <translation>Документ</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/errors.py" line="43" />
            <source>Phone</source>
            <translation>Телефон</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/errors.py" line="44" />
            <source>E-mail</source>
            <translation>Эл. почта</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/errors.py" line="45" />
            <source>Reporter</source>
            <translation>Заявитель</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/errors.py" line="46" />
            <source>Reporter's name</source>
            <translation>Имя заявителя</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/errors.py" line="47" />
            <source>Relationship</source>
            <translation>Родство</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/errors.py" line="48" />
            <source>Photo</source>
            <translation>Фото</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/errors.py" line="49" />
            <source>File</source>
            <translation>Файл</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/errors.py" line="50" />
            <source>File name</source>
            <translation>Имя файла</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/errors.py" line="51" />
            <source>Passphrase</source>
            <translation>Парольная фраза</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/errors.py" line="52" />
            <source>Password</source>
            <translation>Пароль</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/errors.py" line="53" />
            <location filename="../../casetracker/gui/errors.py" line="54" />
            <source>Cases</source>
            <translation>Дела</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/errors.py" line="55" />
            <source>Level</source>
            <translation>Уровень</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/errors.py" line="56" />
            <source>Columns</source>
            <translation>Столбцы</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/errors.py" line="57" />
            <source>Format</source>
            <translation>Формат</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/errors.py" line="58" />
            <source>Transfer bundle</source>
            <translation>Пакет для передачи</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/errors.py" line="59" />
            <source>Output file</source>
            <translation>Файл результата</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/errors.py" line="60" />
            <source>Organisation</source>
            <translation>Организация</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/errors.py" line="61" />
            <source>Contact</source>
            <translation>Контакт</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/errors.py" line="62" />
            <source>Summary</source>
            <translation>Содержание</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/errors.py" line="63" />
            <source>Kind</source>
            <translation>Вид</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/errors.py" line="64" />
            <source>Source</source>
            <translation>Источник</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/errors.py" line="65" />
            <source>Confidence</source>
            <translation>Достоверность</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/errors.py" line="66" />
            <source>Follow-up date</source>
            <translation>Дата проверки</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/errors.py" line="71" />
            <source>is required</source>
            <translation>обязательное поле</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/errors.py" line="72" />
            <source>must be text</source>
            <translation>должно быть текстом</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/errors.py" line="75" />
            <source>is too long ({length} characters, at most {limit})</source>
            <translation>слишком длинно (символов: {length}, допустимо не более {limit})</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/errors.py" line="79" />
            <source>“{value}” is not a date (use YYYY-MM-DD)</source>
            <translation>«{value}» — не дата (формат ГГГГ-ММ-ДД)</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/errors.py" line="83" />
            <source>“{value}” is not one of: {allowed}</source>
            <translation>«{value}» — не из списка: {allowed}</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/errors.py" line="87" />
            <source>“{value}” is not a date ({reason})</source>
            <translation>«{value}» — не дата ({reason})</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/errors.py" line="91" />
            <source>use at least {n} characters</source>
            <translation>нужно не меньше {n} символов</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/errors.py" line="95" />
            <source>use at least {n} characters for a protected PDF</source>
            <translation>для защищённого PDF нужно не меньше {n} символов</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/errors.py" line="99" />
            <source>a case needs at least one name</source>
            <translation>у дела должно быть хотя бы одно имя</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/errors.py" line="103" />
            <source>{ref} is already used by another case</source>
            <translation>номер {ref} уже занят другим делом</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/errors.py" line="105" />
            <source>already reports this case</source>
            <translation>уже указан заявителем по этому делу</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/errors.py" line="108" />
            <source>an advocacy step concerns at least one case</source>
            <translation>обращение должно касаться хотя бы одного дела</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/errors.py" line="112" />
            <source>is required: ask the family which uses they allow</source>
            <translation>обязательно: спросите семью, на что она даёт согласие</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/errors.py" line="116" />
            <source>“{value}” is not a phone number</source>
            <translation>«{value}» — не номер телефона</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/errors.py" line="120" />
            <source>is required with a phone number</source>
            <translation>обязательно, если указан телефон</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/errors.py" line="124" />
            <source>is required to add a testimony</source>
            <translation>обязательно для добавления свидетельства</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/errors.py" line="126" />
            <source>the photo is empty</source>
            <translation>фото пустое</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/errors.py" line="127" />
            <source>the photo is too large</source>
            <translation>фото слишком большое</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/errors.py" line="130" />
            <source>{value} is not a plausible birth date</source>
            <translation>{value} — неправдоподобная дата рождения</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/errors.py" line="132" />
            <source>{name} is empty</source>
            <translation>файл {name} пустой</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/errors.py" line="135" />
            <source>{name} is larger than {n} MB</source>
            <translation>файл {name} больше {n} МБ</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/errors.py" line="139" />
            <source>cannot read {path}: {reason}</source>
            <translation>не удаётся прочитать {path}: {reason}</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/errors.py" line="141" />
            <source>no such file: {path}</source>
            <translation>файл не найден: {path}</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/errors.py" line="142" />
            <source>choose at least one case</source>
            <translation>выберите хотя бы одно дело</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/errors.py" line="145" />
            <source>a case cannot be merged with itself</source>
            <translation>дело нельзя объединить с самим собой</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/errors.py" line="147" />
            <source>Wrong passphrase.</source>
            <translation>Неверная парольная фраза.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/errors.py" line="148" />
            <source>Wrong recovery code.</source>
            <translation>Неверный код восстановления.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/errors.py" line="151" />
            <source>Wrong passphrase for this bundle (or the bundle is damaged).</source>
            <translation>Неверная парольная фраза пакета (или пакет повреждён).</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/errors.py" line="155" />
            <location filename="../../casetracker/gui/errors.py" line="156" />
            <source>choose a passphrase</source>
            <translation>задайте парольную фразу</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/errors.py" line="157" />
            <source>Nothing to undo.</source>
            <translation>Нечего отменять.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/errors.py" line="158" />
            <source>Nothing to redo.</source>
            <translation>Нечего повторять.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/errors.py" line="161" />
            <source>This was made by a newer version of CaseTracker: please update.</source>
            <translation>Это создано более новой версией CaseTracker: обновите программу.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/errors.py" line="167" />
            <source>Another vault is already open in this window: lock it first.</source>
            <translation>В этом окне уже открыто другое хранилище: сначала заблокируйте его.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/errors.py" line="173" />
            <source>A vault already exists at {path}.</source>
            <translation>Хранилище уже существует: {path}.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/errors.py" line="177" />
            <source>{path} is not a readable CaseTracker vault.</source>
            <translation>{path} — не читаемое хранилище CaseTracker.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/errors.py" line="181" />
            <source>This is not a readable CaseTracker vault: its key file is damaged.</source>
            <translation>Хранилище CaseTracker не читается: его файл ключей повреждён.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/errors.py" line="185" />
            <source>This case no longer exists.</source>
            <translation>Этого дела больше нет.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/errors.py" line="188" />
            <source>There is no case with the reference {ref}.</source>
            <translation>Дела с номером {ref} нет.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/errors.py" line="192" />
            <source>This reporter is not linked to this case.</source>
            <translation>Этот заявитель не связан с этим делом.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/errors.py" line="196" />
            <source>The content of this attachment is missing from the vault.</source>
            <translation>Содержимого этого вложения нет в хранилище.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/errors.py" line="203" />
            <source>{name} cannot be read as this kind of file.</source>
            <translation>{name} не читается как файл этого вида.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/errors.py" line="207" />
            <source>{name} has no header row.</source>
            <translation>В {name} нет строки заголовков.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/errors.py" line="209" />
            <source>no column holds a name</source>
            <translation>ни в одном столбце нет имени</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <location filename="../../casetracker/gui/dialogs/settings.py" line="48" />
            <source>Public</source>
            <translation>Публичный</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/settings.py" line="49" />
            <source>Embassy</source>
            <translation>Для посольств</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/settings.py" line="50" />
            <source>Internal</source>
            <translation>Внутренний</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/settings.py" line="53" />
            <location filename="../../casetracker/gui/dialogs/settings.py" line="122" />
            <source>Never</source>
            <translation>Никогда</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/settings.py" line="54" />
            <source>Every hour</source>
            <translation>Каждый час</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/settings.py" line="55" />
            <source>Every day</source>
            <translation>Каждый день</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/settings.py" line="56" />
            <source>Every week</source>
            <translation>Каждую неделю</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/settings.py" line="76" />
            <source>Settings</source>
            <translation>Настройки</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/settings.py" line="92" />
            <source>In this vault (encrypted)</source>
            <translation>В этом хранилище (зашифровано)</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/settings.py" line="103" />
            <source>&amp;Your name:</source>
            <translation>&amp;Ваше имя:</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/settings.py" line="103" />
            <location filename="../../casetracker/gui/dialogs/settings.py" line="239" />
            <source>Volunteer name</source>
            <translation>Имя волонтёра</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/settings.py" line="104" />
            <source>&amp;Organisation on reports:</source>
            <translation>&amp;Организация в отчётах:</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/settings.py" line="104" />
            <source>Organisation</source>
            <translation>Организация</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/settings.py" line="105" />
            <source>Confidentiality &amp;marking:</source>
            <translation>&amp;Гриф конфиденциальности:</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/settings.py" line="105" />
            <source>Marking</source>
            <translation>Гриф</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/settings.py" line="106" />
            <source>Default report &amp;level:</source>
            <translation>&amp;Уровень отчётов по умолчанию:</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/settings.py" line="106" />
            <source>Default report level</source>
            <translation>Уровень отчётов по умолчанию</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/settings.py" line="111" />
            <source>Your name is recorded with every change in the history.</source>
            <translation>Ваше имя записывается в истории вместе с каждым изменением.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/settings.py" line="118" />
            <source>On this computer (not encrypted: no names)</source>
            <translation>На этом компьютере (без шифрования: без имён)</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/settings.py" line="121" />
            <source> min</source>
            <translation> мин</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/settings.py" line="123" />
            <source>Lock after idle minutes</source>
            <translation>Блокировка после минут бездействия</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/settings.py" line="125" />
            <source>The vault's own backups folder</source>
            <translation>Папка резервных копий самого хранилища</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/settings.py" line="126" />
            <source>Backup folder</source>
            <translation>Папка резервных копий</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/settings.py" line="127" />
            <source>Choose…</source>
            <translation>Выбрать…</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/settings.py" line="133" />
            <source>Back up automatically</source>
            <translation>Автоматическое резервное копирование</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/settings.py" line="139" />
            <source>Lock &amp;after no activity for:</source>
            <translation>&amp;Блокировать после бездействия:</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/settings.py" line="140" />
            <source>&amp;Backup folder:</source>
            <translation>&amp;Папка резервных копий:</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/settings.py" line="143" />
            <source>Back up &amp;automatically:</source>
            <translation>&amp;Резервное копирование:</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/settings.py" line="144" />
            <source>A USB stick kept away from the laptop is a good backup folder.</source>
            <translation>Флешка, хранящаяся отдельно от ноутбука, — хорошее место для резервных копий.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/settings.py" line="149" />
            <source>Language</source>
            <translation>Язык</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/settings.py" line="153" />
            <source>&amp;Language:</source>
            <translation>&amp;Язык:</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/settings.py" line="187" />
            <source>Folder for backups</source>
            <translation>Папка для резервных копий</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/settings.py" line="229" />
            <source>Who is working on this laptop? Your name goes with each change in the history, inside the vault.</source>
            <translation>Кто работает на этом ноутбуке? Ваше имя сохраняется в истории с каждым изменением, внутри хранилища.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/settings.py" line="238" />
            <source>Your name</source>
            <translation>Ваше имя</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/settings.py" line="241" />
            <source>Save</source>
            <translation>Сохранить</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/settings.py" line="242" />
            <source>Not now</source>
            <translation>Не сейчас</translation>
        </message>
    </context>
    <context>
        <name>StatusEventDialog</name>
        <message>
            <location filename="../../casetracker/gui/dialogs/status_event.py" line="56" />
            <source>Add status event</source>
            <translation>Добавление события</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/status_event.py" line="56" />
            <source>Edit status event</source>
            <translation>Изменение события</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/status_event.py" line="67" />
            <location filename="../../casetracker/gui/dialogs/status_event.py" line="108" />
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/status_event.py" line="70" />
            <location filename="../../casetracker/gui/dialogs/status_event.py" line="109" />
            <source>Date</source>
            <translation>Дата</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/status_event.py" line="72" />
            <location filename="../../casetracker/gui/dialogs/status_event.py" line="110" />
            <source>Facility</source>
            <translation>Место содержания</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/status_event.py" line="73" />
            <source>— none —</source>
            <translation>— нет —</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/status_event.py" line="77" />
            <location filename="../../casetracker/gui/dialogs/status_event.py" line="111" />
            <source>Place</source>
            <translation>Место</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/status_event.py" line="78" />
            <source>County, township, village, if known</source>
            <translation>Уезд, волость, село, если известно</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/status_event.py" line="79" />
            <location filename="../../casetracker/gui/dialogs/status_event.py" line="114" />
            <source>Source type</source>
            <translation>Вид источника</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/status_event.py" line="80" />
            <location filename="../../casetracker/gui/dialogs/status_event.py" line="116" />
            <source>Confidence</source>
            <translation>Достоверность</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/status_event.py" line="82" />
            <location filename="../../casetracker/gui/dialogs/status_event.py" line="112" />
            <source>Sentence</source>
            <translation>Приговор</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/status_event.py" line="83" />
            <source>e.g. 10 years</source>
            <translation>напр. 10 лет</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/status_event.py" line="85" />
            <location filename="../../casetracker/gui/dialogs/status_event.py" line="113" />
            <source>Charge</source>
            <translation>Обвинение</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/status_event.py" line="87" />
            <location filename="../../casetracker/gui/dialogs/status_event.py" line="117" />
            <source>Note</source>
            <translation>Примечание</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/status_event.py" line="91" />
            <source>Claims by the Chinese authorities are kept as their own source, beside the family's account.</source>
            <translation>Утверждения властей Китая хранятся как отдельный источник, рядом со словами семьи.</translation>
        </message>
    </context>
    <context>
        <name>StatusSection</name>
        <message>
            <location filename="../../casetracker/gui/casefile/status.py" line="36" />
            <source>Add event…</source>
            <translation>Добавить событие…</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/status.py" line="37" />
            <source>Edit…</source>
            <translation>Изменить…</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/status.py" line="38" />
            <source>Delete</source>
            <translation>Удалить</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/status.py" line="45" />
            <source>Newest first. Double-click an event to correct it; claims by the Chinese authorities are marked and kept beside the family's account.</source>
            <translation>Сначала новые. Дважды щёлкните по событию, чтобы исправить его; утверждения властей Китая отмечены и хранятся рядом со словами семьи.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/status.py" line="63" />
            <source>Status timeline</source>
            <translation>История статусов</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/status.py" line="113" />
            <source>date unknown</source>
            <translation>дата неизвестна</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/status.py" line="116" />
            <source>Delete status event</source>
            <translation>Удаление события</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/casefile/status.py" line="117" />
            <source>Delete “{status}” ({date}) from the history? You can undo this.</source>
            <translation>Удалить «{status}» ({date}) из истории? Это действие можно отменить.</translation>
        </message>
    </context>
    <context>
        <name>StatusTimeline</name>
        <message>
            <location filename="../../casetracker/gui/widgets/timeline.py" line="65" />
            <source>Sentence: {text}</source>
            <translation>Приговор: {text}</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/widgets/timeline.py" line="67" />
            <source>Charge: {text}</source>
            <translation>Обвинение: {text}</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/widgets/timeline.py" line="71" />
            <source>Source: {source} · Confidence: {confidence}</source>
            <translation>Источник: {source} · Достоверность: {confidence}</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/widgets/timeline.py" line="96" />
            <source>date unknown</source>
            <translation>дата неизвестна</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/widgets/timeline.py" line="98" />
            <source>Double-click or press Enter to edit</source>
            <translation>Дважды щёлкните или нажмите Enter, чтобы изменить</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/widgets/timeline.py" line="119" />
            <source>Current</source>
            <translation>Текущий</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/widgets/timeline.py" line="122" />
            <source>PRC official claim</source>
            <translation>Утверждение властей КНР</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/widgets/timeline.py" line="125" />
            <source>A statement by the Chinese authorities ({source}). It is kept beside the family's account and does not replace it.</source>
            <translation>Заявление властей Китая ({source}). Оно хранится рядом со словами семьи и не заменяет их.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/widgets/timeline.py" line="250" />
            <source>No status recorded yet. Add what the family knows, even if the date is uncertain.</source>
            <translation>Статус ещё не записан. Добавьте то, что знает семья, даже если дата неточна.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/widgets/timeline.py" line="260" />
            <source>Status timeline</source>
            <translation>История статусов</translation>
        </message>
    </context>
    <context>
        <name>UnlockDialog</name>
        <message>
            <location filename="../../casetracker/gui/dialogs/unlock.py" line="61" />
            <source>Unlock {name}</source>
            <translation>Разблокировать {name}</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/unlock.py" line="75" />
            <source>&lt;b&gt;{name}&lt;/b&gt; is encrypted.</source>
            <translation>&lt;b&gt;{name}&lt;/b&gt; зашифровано.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/unlock.py" line="105" />
            <source>Unlock</source>
            <translation>Разблокировать</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/unlock.py" line="146" />
            <source>&amp;Recovery code (the 30 letters and digits written down when the vault was created):</source>
            <translation>&amp;Код восстановления (30 букв и цифр, записанных при создании хранилища):</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/unlock.py" line="154" />
            <source>Use the passphrase instead</source>
            <translation>Ввести парольную фразу</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/unlock.py" line="156" />
            <source>&amp;Passphrase:</source>
            <translation>&amp;Парольная фраза:</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/unlock.py" line="159" />
            <source>Use recovery code instead</source>
            <translation>Ввести код восстановления</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/unlock.py" line="192" />
            <source>Wrong recovery code.</source>
            <translation>Неверный код восстановления.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/unlock.py" line="194" />
            <source>Wrong passphrase. Check the keyboard language and Caps Lock, then try again.</source>
            <translation>Неверная парольная фраза. Проверьте раскладку клавиатуры и Caps Lock и попробуйте снова.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/unlock.py" line="200" />
            <source>This folder cannot be opened as a vault: {error}</source>
            <translation>Эту папку нельзя открыть как хранилище: {error}</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/dialogs/unlock.py" line="204" />
            <source>The vault could not be opened: {error}</source>
            <translation>Не удалось открыть хранилище: {error}</translation>
        </message>
    </context>
    <context>
        <name>WelcomeWindow</name>
        <message>
            <location filename="../../casetracker/gui/welcome.py" line="94" />
            <source>Encrypted records of relatives detained in Xinjiang: their status over time, the letters and meetings on their behalf, and case summaries to print. Everything stays on this computer.</source>
            <translation>Зашифрованные записи о родственниках, задержанных в Синьцзяне: их статус со временем, письма и встречи в их защиту и сводки по делам для печати. Всё остаётся на этом компьютере.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/welcome.py" line="104" />
            <source>Open another vault…</source>
            <translation>Открыть другое хранилище…</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/welcome.py" line="105" />
            <source>Create a new vault…</source>
            <translation>Создать новое хранилище…</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/welcome.py" line="106" />
            <source>Open the demo vault</source>
            <translation>Открыть демо-хранилище</translation>
        </message>
        <message numerus="yes">
            <location filename="../../casetracker/gui/welcome.py" line="108" />
            <source>A vault of %n invented case(s) to try things out</source>
            <translation>
                <numerusform>Хранилище с %n вымышленным делом, чтобы всё попробовать</numerusform>
                <numerusform>Хранилище с %n вымышленными делами, чтобы всё попробовать</numerusform>
                <numerusform>Хранилище с %n вымышленными делами, чтобы всё попробовать</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/welcome.py" line="136" />
            <source>Interface language</source>
            <translation>Язык интерфейса</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/welcome.py" line="141" />
            <source>Interface language:</source>
            <translation>Язык интерфейса:</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/welcome.py" line="163" />
            <location filename="../../casetracker/gui/welcome.py" line="166" />
            <source>Recent vaults</source>
            <translation>Недавние хранилища</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/welcome.py" line="173" />
            <source>No vault has been opened on this computer yet. Create one, or try the demo vault first.</source>
            <translation>На этом компьютере ещё не открывали хранилищ. Создайте новое или сначала попробуйте демо-хранилище.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/welcome.py" line="182" />
            <source>Open</source>
            <translation>Открыть</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/welcome.py" line="230" />
            <source>Remove from this list</source>
            <translation>Убрать из списка</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/welcome.py" line="237" />
            <source>Choose a vault folder (its name ends in {suffix})</source>
            <translation>Выберите папку хранилища (её имя оканчивается на {suffix})</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/welcome.py" line="244" />
            <source>Not a vault</source>
            <translation>Это не хранилище</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/welcome.py" line="245" />
            <source>A vault is a folder whose name ends in {suffix}. Choose that folder itself, not a folder around it or a file inside it.</source>
            <translation>Хранилище — это папка, имя которой оканчивается на {suffix}. Выберите саму эту папку, а не папку, в которой она лежит, и не файл внутри неё.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/welcome.py" line="267" />
            <source>Opening the demo vault…</source>
            <translation>Открытие демо-хранилища…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../casetracker/gui/welcome.py" line="269" />
            <source>Creating the demo vault with %n invented case(s)…</source>
            <translation>
                <numerusform>Создаётся демо-хранилище с %n вымышленным делом…</numerusform>
                <numerusform>Создаётся демо-хранилище с %n вымышленными делами…</numerusform>
                <numerusform>Создаётся демо-хранилище с %n вымышленными делами…</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/welcome.py" line="273" />
            <location filename="../../casetracker/gui/welcome.py" line="292" />
            <source>Demo vault</source>
            <translation>Демо-хранилище</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/welcome.py" line="293" />
            <source>The demo vault could not be opened: {error}</source>
            <translation>Не удалось открыть демо-хранилище: {error}</translation>
        </message>
    </context>
    <context>
        <name>zxcvbn</name>
        <message>
            <location filename="../../casetracker/gui/corelabels.py" line="96" />
            <source>Use a few words, avoid common phrases.</source>
            <translation>Используйте несколько слов, избегайте расхожих фраз.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/corelabels.py" line="97" />
            <source>No need for symbols, digits, or uppercase letters.</source>
            <translation>Символы, цифры и заглавные буквы не обязательны.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/corelabels.py" line="98" />
            <source>Add another word or two. Uncommon words are better.</source>
            <translation>Добавьте ещё одно-два слова. Редкие слова лучше.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/corelabels.py" line="99" />
            <source>Straight rows of keys are easy to guess.</source>
            <translation>Клавиши подряд в одном ряду легко угадать.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/corelabels.py" line="100" />
            <source>Short keyboard patterns are easy to guess.</source>
            <translation>Короткие узоры на клавиатуре легко угадать.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/corelabels.py" line="101" />
            <source>Use a longer keyboard pattern with more turns.</source>
            <translation>Используйте более длинный узор с большим числом поворотов.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/corelabels.py" line="102" />
            <source>Repeats like "aaa" are easy to guess.</source>
            <translation>Повторы вроде "aaa" легко угадать.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/corelabels.py" line="103" />
            <source>Repeats like "abcabcabc" are only slightly harder to guess than "abc".</source>
            <translation>Повторы вроде "abcabcabc" угадать лишь немного сложнее, чем "abc".</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/corelabels.py" line="106" />
            <source>Avoid repeated words and characters.</source>
            <translation>Избегайте повторяющихся слов и символов.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/corelabels.py" line="107" />
            <source>Sequences like "abc" or "6543" are easy to guess.</source>
            <translation>Последовательности вроде "abc" или "6543" легко угадать.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/corelabels.py" line="108" />
            <source>Avoid sequences.</source>
            <translation>Избегайте последовательностей.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/corelabels.py" line="109" />
            <source>Recent years are easy to guess.</source>
            <translation>Недавние годы легко угадать.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/corelabels.py" line="110" />
            <source>Avoid recent years.</source>
            <translation>Избегайте недавних годов.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/corelabels.py" line="111" />
            <source>Avoid years that are associated with you.</source>
            <translation>Избегайте годов, связанных с вами.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/corelabels.py" line="112" />
            <source>Dates are often easy to guess.</source>
            <translation>Даты часто легко угадать.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/corelabels.py" line="113" />
            <source>Avoid dates and years that are associated with you.</source>
            <translation>Избегайте дат и годов, связанных с вами.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/corelabels.py" line="114" />
            <source>This is a top-10 common password.</source>
            <translation>Это один из 10 самых распространённых паролей.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/corelabels.py" line="115" />
            <source>This is a top-100 common password.</source>
            <translation>Это один из 100 самых распространённых паролей.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/corelabels.py" line="116" />
            <source>This is a very common password.</source>
            <translation>Это очень распространённый пароль.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/corelabels.py" line="117" />
            <source>This is similar to a commonly used password.</source>
            <translation>Это похоже на часто используемый пароль.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/corelabels.py" line="118" />
            <source>A word by itself is easy to guess.</source>
            <translation>Одно слово само по себе легко угадать.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/corelabels.py" line="119" />
            <source>Names and surnames by themselves are easy to guess.</source>
            <translation>Имена и фамилии сами по себе легко угадать.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/corelabels.py" line="120" />
            <source>Common names and surnames are easy to guess.</source>
            <translation>Распространённые имена и фамилии легко угадать.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/corelabels.py" line="121" />
            <source>Capitalization doesn't help very much.</source>
            <translation>Заглавная буква мало помогает.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/corelabels.py" line="122" />
            <source>All-uppercase is almost as easy to guess as all-lowercase.</source>
            <translation>Всё заглавными угадать почти так же легко, как всё строчными.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/corelabels.py" line="123" />
            <source>Reversed words aren't much harder to guess.</source>
            <translation>Слова задом наперёд угадать ненамного сложнее.</translation>
        </message>
        <message>
            <location filename="../../casetracker/gui/corelabels.py" line="124" />
            <source>Predictable substitutions like '@' instead of 'a' don't help very much.</source>
            <translation>Предсказуемые замены вроде '@' вместо 'a' мало помогают.</translation>
        </message>
    </context>
</TS>
