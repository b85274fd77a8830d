<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
    <context>
        <name>AdvocacySection</name>
        <message numerus="yes">
            <location filename="../../casetracker/gui/casefile/advocacy.py" line="60" />
            <source>%n step(s)</source>
            <translation>
                <numerusform>%n step</numerusform>
                <numerusform>%n steps</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../casetracker/gui/casefile/advocacy.py" line="64" />
            <source>%n follow-up(s) overdue</source>
            <translation>
                <numerusform>%n follow-up overdue</numerusform>
                <numerusform>%n follow-ups overdue</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>AttachmentsSection</name>
        <message numerus="yes">
            <location filename="../../casetracker/gui/casefile/attachments.py" line="65" />
            <source>%n byte(s)</source>
            <translation>
                <numerusform>%n byte</numerusform>
                <numerusform>%n bytes</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CaseHeader</name>
        <message numerus="yes">
            <location filename="../../casetracker/gui/casefile/header.py" line="35" />
            <source>%n year(s) ago</source>
            <translation>
                <numerusform>%n year ago</numerusform>
                <numerusform>%n years ago</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CaseListPanel</name>
        <message numerus="yes">
            <location filename="../../casetracker/gui/views/caselist.py" line="72" />
            <source>%Ln case(s)</source>
            <translation>
                <numerusform>%Ln case</numerusform>
                <numerusform>%Ln cases</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Commands</name>
        <message numerus="yes">
            <location filename="../../casetracker/gui/commands/vault.py" line="227" />
            <source>%n problem(s) found.</source>
            <translation>
                <numerusform>%n problem found.</numerusform>
                <numerusform>%n problems found.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DuplicatesPanel</name>
        <message numerus="yes">
            <location filename="../../casetracker/gui/views/duplicates.py" line="110" />
            <source>born %n year(s) apart</source>
            <translation>
                <numerusform>born %n year apart</numerusform>
                <numerusform>born %n years apart</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../casetracker/gui/views/duplicates.py" line="553" />
            <source>%Ln possible duplicate(s)</source>
            <translation>
                <numerusform>%Ln possible duplicate</numerusform>
                <numerusform>%Ln possible duplicates</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../casetracker/gui/views/duplicates.py" line="555" />
            <source>%Ln case(s) compared</source>
            <translation>
                <numerusform>%Ln case compared</numerusform>
                <numerusform>%Ln cases compared</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../casetracker/gui/views/duplicates.py" line="557" />
            <source>Show %n hidden pair(s)</source>
            <translation>
                <numerusform>Show %n hidden pair</numerusform>
                <numerusform>Show %n hidden pairs</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>EraseVaultDialog</name>
        <message numerus="yes">
            <location filename="../../casetracker/gui/dialogs/erase.py" line="91" />
            <source>Also %n backup(s) of this vault in the backup folder.</source>
            <translation>
                <numerusform>Also %n backup of this vault in the backup folder.</numerusform>
                <numerusform>Also %n backups of this vault in the backup folder.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ExportPdfDialog</name>
        <message numerus="yes">
            <location filename="../../casetracker/gui/dialogs/export_pdf.py" line="318" />
            <source>Export %n case summaries</source>
            <translation>
                <numerusform>Export %n case summary</numerusform>
                <numerusform>Export %n case summaries</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../casetracker/gui/dialogs/export_pdf.py" line="412" />
            <source>%n PDF file(s) saved outside the vault in {where}.</source>
            <translation>
                <numerusform>%n PDF file saved outside the vault in {where}.</numerusform>
                <numerusform>%n PDF files saved outside the vault in {where}.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FilterBar</name>
        <message numerus="yes">
            <location filename="../../casetracker/gui/widgets/filterbar.py" line="99" />
            <source>%n statuses</source>
            <translation>
                <numerusform>%n status</numerusform>
                <numerusform>%n statuses</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MergeDialog</name>
        <message numerus="yes">
            <location filename="../../casetracker/gui/dialogs/merge.py" line="244" />
            <location filename="../../casetracker/gui/dialogs/merge.py" line="283" />
            <source>%n status event(s)</source>
            <translation>
                <numerusform>%n status event</numerusform>
                <numerusform>%n status events</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../casetracker/gui/dialogs/merge.py" line="245" />
            <location filename="../../casetracker/gui/dialogs/merge.py" line="286" />
            <source>%n attachment(s)</source>
            <translation>
                <numerusform>%n attachment</numerusform>
                <numerusform>%n attachments</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../casetracker/gui/dialogs/merge.py" line="281" />
            <source>%n name(s)</source>
            <translation>
                <numerusform>%n name</numerusform>
                <numerusform>%n names</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../casetracker/gui/dialogs/merge.py" line="282" />
            <source>%n identifier(s)</source>
            <translation>
                <numerusform>%n identifier</numerusform>
                <numerusform>%n identifiers</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../casetracker/gui/dialogs/merge.py" line="284" />
            <source>%n reporter(s)</source>
            <translation>
                <numerusform>%n reporter</numerusform>
                <numerusform>%n reporters</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../casetracker/gui/dialogs/merge.py" line="285" />
            <source>%n letter(s) or meeting(s)</source>
            <translation>
                <numerusform>%n letter or meeting</numerusform>
                <numerusform>%n letters or meetings</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../casetracker/gui/dialogs/merge.py" line="287" />
            <source>%n sent summary record(s)</source>
            <translation>
                <numerusform>%n sent summary record</numerusform>
                <numerusform>%n sent summary records</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../casetracker/gui/dialogs/merge.py" line="305" />
            <source>%n record(s) both cases have are kept once.</source>
            <translation>
                <numerusform>%n record both cases have is kept once.</numerusform>
                <numerusform>%n records both cases have are kept once.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RallyPanel</name>
        <message numerus="yes">
            <location filename="../../casetracker/gui/rally/header.py" line="45" />
            <source>%n recorded this session</source>
            <translation>
                <numerusform>%n recorded this session</numerusform>
                <numerusform>%n recorded this session</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>WelcomeWindow</name>
        <message numerus="yes">
            <location filename="../../casetracker/gui/welcome.py" line="108" />
            <source>A vault of %n invented case(s) to try things out</source>
            <translation>
                <numerusform>A vault of %n invented case to try things out</numerusform>
                <numerusform>A vault of %n invented cases to try things out</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../casetracker/gui/welcome.py" line="269" />
            <source>Creating the demo vault with %n invented case(s)…</source>
            <translation>
                <numerusform>Creating the demo vault with %n invented case…</numerusform>
                <numerusform>Creating the demo vault with %n invented cases…</numerusform>
            </translation>
        </message>
    </context>
</TS>
