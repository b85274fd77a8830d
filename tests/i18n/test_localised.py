"""What a volunteer reads in each language: plurals, Qt's own buttons, numbers, dates, errors."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from casetracker.domain.enums import SourceType, Status
from casetracker.domain.errors import NothingToUndo, ValidationError
from casetracker.gui.corelabels import operation_label
from casetracker.gui.errors import error_text
from casetracker.gui.i18n import current_language, locale_for, system_language, tr, trn
from casetracker.gui.labels import label
from casetracker.gui.views.caselist import count_text


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("en", ["1 case", "2 cases", "5 cases", "21 cases", "1,234 cases"]),
        ("ru", ["1 дело", "2 дела", "5 дел", "21 дело", "1\xa0234 дела"]),
        ("kk", ["1 іс", "2 іс", "5 іс", "21 іс", "1\xa0234 іс"]),
    ],
)
def test_counts_take_the_plural_form_of_the_language(speak, lang, expected):
    assert speak(lang) == lang
    assert [count_text(n) for n in (1, 2, 5, 21, 1234)] == expected


def test_plural_fallback_without_a_catalogue_still_reads_as_english(styled_app):
    assert trn("NoSuchContext", "%n file(s)", 1) == "1 file"
    assert trn("NoSuchContext", "%n file(s)", 3) == "3 files"


def test_statuses_and_sources_are_translated_with_care(speak):
    speak("kk")
    assert label(Status.DETAINED_CAMP) == "Лагерьде ұсталған"
    assert label(SourceType.PRC_OFFICIAL) == "ҚХР ресми мәлімдемесі"
    speak("ru")
    assert label(Status.DETAINED_CAMP) == "Содержится в лагере"
    assert label(SourceType.PRC_OFFICIAL) == "Официальное заявление КНР"
    assert current_language() == "ru"


def test_qt_own_buttons_and_file_dialog_are_translated(speak, qtbot):
    speak("ru")
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Отмена"
    speak("kk")
    box = QMessageBox(QMessageBox.Icon.Question, "", "", QMessageBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert box.button(QMessageBox.StandardButton.Cancel).text() == "Бас тарту"
    # qtbase_kk.qm lacks some file-dialog labels: Russian fills them in, not English.
    assert QCoreApplication.translate("QFileDialog", "Look in:") == "Перейти к:"
    assert QCoreApplication.translate("QFileDialog", "File &name:") == "Файл &аты:"


@pytest.mark.parametrize("lang", ["en", "ru", "kk"])
def test_the_interface_stays_left_to_right(speak, lang):
    speak(lang)
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_numbers_and_plain_dates_follow_the_interface_language(speak):
    day = QDate(2018, 4, 12)
    speak("ru")
    assert QLocale().toString(1234567) == "1\xa0234\xa0567"
    assert QLocale().toString(day, "d MMMM yyyy") == "12 апреля 2018"
    speak("kk")
    assert QLocale().toString(day, "d MMMM yyyy") == "12 сәуір 2018"
    assert locale_for("kk").language() == QLocale.Language.Kazakh
    speak("en")
    assert QLocale().toString(day, "d MMMM yyyy") == "12 April 2018"


def test_system_language_is_the_default(monkeypatch):
    monkeypatch.setattr(QLocale, "system", lambda: QLocale(QLocale.Language.Kazakh))
    assert system_language() == "kk"
    monkeypatch.setattr(QLocale, "system", lambda: QLocale(QLocale.Language.German))
    assert system_language() == "en"


def test_service_errors_are_said_in_the_interface_language(speak):
    speak("ru")
    assert error_text(ValidationError("name", "is required")) == "Имя: обязательное поле"
    too_long = ValidationError("hometown", "is too long (612 characters, at most 500)")
    assert error_text(too_long) == (
        "Родом из: слишком длинно (символов: 612, допустимо не более 500)"
    )
    assert error_text(NothingToUndo("nothing to undo")) == "Нечего отменять."
    speak("kk")
    assert error_text(ValidationError("reporter_name", "is required with a phone number")) == (
        "Хабарлаушының аты: телефон көрсетілсе, міндетті"
    )
    # A message nobody listed yet is shown as the core wrote it, never dropped.
    assert error_text(ValidationError("x_field", "something new")) == "X field: something new"


def test_undo_labels_are_translated(speak):
    speak("ru")
    assert operation_label("Add status event") == "Добавление события статуса"
    assert operation_label("Undo Delete case") == "Отмена: Удаление дела"
    assert operation_label("Security Change passphrase") == "Смена парольной фразы"
    assert operation_label("Create demo data (300 cases)") == "Создание демо-данных (300)"
    speak("kk")
    assert operation_label("Import cases from list.xlsx") == (
        "list.xlsx файлынан істерді импорттау"
    )


def test_years_ago_in_russian_uses_three_forms(speak):
    from casetracker.gui.casefile.header import years_ago

    speak("ru")
    today = dt.date(2026, 6, 1)
    said = [years_ago(dt.date(2026 - n, 1, 1), today) for n in (1, 3, 7, 21)]
    assert said == ["1 год назад", "3 года назад", "7 лет назад", "21 год назад"]
    assert tr("MainWindow", "Cases") == "Дела"


@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
def test_pdf_summaries_default_to_the_interface_language(qtbot, speak, session, lang):
    from casetracker.gui.dialogs.export_pdf import ExportOptionsForm

    speak(lang)
    form = ExportOptionsForm(session, pick_folder=False)
    qtbot.addWidget(form)
    assert form.lang_combo.currentData() == lang
