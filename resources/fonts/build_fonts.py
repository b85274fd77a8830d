"""Rebuild the fonts shipped in ``resources/fonts`` from the Debian Noto packages.

Why: the PDF case summaries must print Latin, Kazakh Cyrillic, Arabic-script Kazakh/Uyghur and
Chinese names offline on any machine, so the fonts travel with the app. The full Noto files are
~90 MiB; subsets keep the bundle to a few MiB. reportlab only embeds TrueType (``glyf``)
outlines, so the CFF-based Noto Sans CJK is converted to quadratic curves after subsetting.

Sources (Debian: ``fonts-noto-core``, ``fonts-noto-cjk``)::

    /usr/share/fonts/truetype/noto/NotoSans-{Regular,Bold}.ttf
    /usr/share/fonts/truetype/noto/NotoSansArabic-{Regular,Bold}.ttf
    /usr/share/fonts/opentype/noto/NotoSansCJK-{Regular,Bold}.ttc   (face "Noto Sans CJK SC")

Run from the repository root::

    .venv/bin/python resources/fonts/build_fonts.py

The output is deterministic for a given set of source files (timestamps are kept from the
sources), so rebuilding without a font update leaves git clean.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTCollection, TTFont, newTable

log = logging.getLogger("build_fonts")

HERE = Path(__file__).resolve().parent
NOTO_TTF = Path("/usr/share/fonts/truetype/noto")
NOTO_OTF = Path("/usr/share/fonts/opentype/noto")
CJK_FACE_NAME = "Noto Sans CJK SC"

# Largest allowed distance (font units, 1000/em) between the cubic and quadratic outlines.
CU2QU_MAX_ERR = 1.0


def _ranges(*spans: tuple[int, int]) -> set[int]:
    out: set[int] = set()
    for lo, hi in spans:
        out.update(range(lo, hi + 1))
    return out


# Punctuation and symbols that any of our texts may contain; every font gets those it has.
COMMON = _ranges(
    (0x0020, 0x007E),  # ASCII
    (0x00A0, 0x00FF),  # Latin-1 supplement (incl. · U+00B7, « »)
    (0x2000, 0x206F),  # general punctuation (dashes, quotes, bidi marks, ZWJ/ZWNJ)
    (0x20A0, 0x20CF),  # currency
    (0x2100, 0x214F),  # letterlike (№ is used in Kazakh/Russian documents)
    (0x2190, 0x21FF),  # arrows
    (0x2200, 0x22FF),  # mathematical operators (±, ≈, ≤ ...)
    (0x25A0, 0x25FF),  # geometric shapes (bullets, dotted circle)
    (0x2600, 0x26FF),  # miscellaneous symbols (☐ ☑ ☒)
    (0xFEFF, 0xFEFF),  # BOM / ZWNBSP
    (0xFFFD, 0xFFFD),  # replacement character
)

LATIN_CYRILLIC = COMMON | _ranges(
    (0x0100, 0x024F),  # Latin Extended-A and -B
    (0x0250, 0x02FF),  # IPA, spacing modifier letters (ʼ ʻ used in transliteration)
    (0x0300, 0x036F),  # combining diacritics, for decomposed (NFD) input
    (0x0370, 0x03FF),  # Greek (cheap; appears in addresses and units)
    (0x0400, 0x04FF),  # Cyrillic (Kazakh: Ә Ғ Қ Ң Ө Ұ Ү Һ І)
    (0x0500, 0x052F),  # Cyrillic Supplement
    (0x1E00, 0x1EFF),  # Latin Extended Additional
    (0x2C60, 0x2C7F),  # Latin Extended-C
    (0xA720, 0xA7FF),  # Latin Extended-D
)

ARABIC = COMMON | _ranges(
    (0x0600, 0x06FF),  # Arabic (Kazakh/Uyghur letters: ە ې ۆ ۈ ڭ ھ ۇ ۋ ى ٴ ...)
    (0x0750, 0x077F),  # Arabic Supplement
    (0x08A0, 0x08FF),  # Arabic Extended-A
    (0xFB50, 0xFDFF),  # Arabic Presentation Forms-A (mapped glyphs make text extractable)
    (0xFE70, 0xFEFF),  # Arabic Presentation Forms-B
)

# Hanzi that Chinese documents use to transcribe Kazakh/Uyghur names and Xinjiang places. All of
# them are in GB2312 already; listed so that a font update that dropped one would fail the build.
NAME_HANZI = (
    "哈力奥拉艾合买提江古丽别克拜吐尔逊阿依努尔热孜万汗巴合提木罕麦麦吾斯曼沙塔西尼"
    "亚库甫伊敏玛丽娅帕夏布祖拉克扎提坎代尔汗加纳尔波拉特叶尔兰赛里克阿斯哈尔"
    "乌鲁木齐喀什和田伊犁阿勒泰塔城昌吉博尔塔拉克孜勒苏巴音郭楞吐鲁番哈密奎屯石河子"
    "新疆维吾尔自治区哈萨克族柯尔克孜族回族汉族公安局看守所监狱教培中心职业技能"
)

# Frequent given-name hanzi outside GB2312 (people's names are where GB2312 falls short).
EXTRA_HANZI = "喆堃玥珺旻昀晞璟琍犇淼焱垚鑫昊玮琦婧"


def gb2312_chars() -> set[int]:
    """Every character of GB2312 (6,763 hanzi plus its punctuation, kana, Greek, Cyrillic...)."""
    out: set[int] = set()
    for lead in range(0xA1, 0xF8):
        for trail in range(0xA1, 0xFF):
            try:
                ch = bytes((lead, trail)).decode("gb2312")
            except UnicodeDecodeError:
                continue
            out.add(ord(ch))
    return out


def cjk_chars() -> set[int]:
    chars = (
        gb2312_chars()
        | COMMON
        | _ranges(
            (0x3000, 0x303F),  # CJK symbols and punctuation (、。「」《》)
            (0x30FB, 0x30FB),  # katakana middle dot ・, used between transcribed name parts
            (0xFF00, 0xFFEF),  # half/full-width forms (，：（）！)
        )
    )
    chars.update(ord(c) for c in NAME_HANZI + EXTRA_HANZI)
    return chars


@dataclass(frozen=True)
class Job:
    """One output file: where it comes from and which characters it keeps."""

    output: str
    source: Path
    unicodes: frozenset[int]
    ttc_face: str | None = None  # family name of the face to take from a .ttc


def jobs() -> list[Job]:
    latin = frozenset(LATIN_CYRILLIC)
    arabic = frozenset(ARABIC)
    cjk = frozenset(cjk_chars())
    out = []
    for weight in ("Regular", "Bold"):
        out += [
            Job(f"NotoSans-{weight}.ttf", NOTO_TTF / f"NotoSans-{weight}.ttf", latin),
            Job(f"NotoSansArabic-{weight}.ttf", NOTO_TTF / f"NotoSansArabic-{weight}.ttf", arabic),
            Job(
                f"NotoSansCJKsc-{weight}.ttf",
                NOTO_OTF / f"NotoSansCJK-{weight}.ttc",
                cjk,
                ttc_face=CJK_FACE_NAME,
            ),
        ]
    return out


def load(job: Job) -> TTFont:
    if job.ttc_face is None:
        return TTFont(job.source, recalcTimestamp=False)
    collection = TTCollection(job.source)
    for index, face in enumerate(collection.fonts):
        if face["name"].getDebugName(1) == job.ttc_face:
            return TTFont(job.source, fontNumber=index, recalcTimestamp=False)
    raise SystemExit(f"{job.source}: no face named {job.ttc_face!r}")


# Layout features kept for CJK: horizontal basics only. "locl" would pull in the Japanese, Korean
# and Traditional glyph variants and "vert"/"aalt" vertical and alternate forms: twice the glyphs.
CJK_FEATURES = ["ccmp", "liga", "clig", "calt", "rlig", "kern", "mark", "mkmk"]


def subset_options(cjk: bool) -> subset.Options:
    options = subset.Options()
    # Latin and Arabic keep every layout feature: Arabic needs init/medi/fina/isol/rlig/liga/
    # ccmp/mark/mkmk (HarfBuzz, called by reportlab, shapes from them) and the rest is small.
    options.layout_features = CJK_FEATURES if cjk else ["*"]
    options.layout_scripts = ["*"]
    options.name_IDs = ["*"]  # keep copyright, licence and URL records
    options.name_languages = ["*"]
    options.notdef_outline = True
    options.glyph_names = True
    options.hinting = False  # PDF viewers do not use TrueType hints; saves ~30 %
    options.drop_tables += ["BASE", "VORG", "vhea", "vmtx", "DSIG", "meta"]
    return options


def make_subset(font: TTFont, unicodes: Iterable[int], *, cjk: bool) -> None:
    subsetter = subset.Subsetter(options=subset_options(cjk))
    subsetter.populate(unicodes=unicodes)
    subsetter.subset(font)


def cff_to_glyf(font: TTFont) -> None:
    """Replace CFF outlines by TrueType ones (the fontTools otf2ttf recipe)."""
    glyph_order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()
    glyf = newTable("glyf")
    glyf.glyphOrder = glyph_order
    glyf.glyphs = {}
    for name in glyph_order:
        pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(pen, CU2QU_MAX_ERR, reverse_direction=True))
        glyf.glyphs[name] = pen.glyph()
    font["loca"] = newTable("loca")
    font["glyf"] = glyf
    del font["CFF "]
    glyf.compile(font)

    hmtx = font["hmtx"]
    for name, glyph in glyf.glyphs.items():
        if hasattr(glyph, "xMin"):
            hmtx[name] = (hmtx[name][0], glyph.xMin)

    maxp = newTable("maxp")
    font["maxp"] = maxp
    maxp.tableVersion = 0x00010000
    maxp.maxZones = 1
    for attr in (
        "maxTwilightPoints",
        "maxStorage",
        "maxFunctionDefs",
        "maxInstructionDefs",
        "maxStackElements",
        "maxSizeOfInstructions",
    ):
        setattr(maxp, attr, 0)
    maxp.maxComponentElements = max(
        (len(getattr(g, "components", [])) for g in glyf.glyphs.values()), default=0
    )
    maxp.compile(font)

    post = font["post"]
    post.formatType = 2.0
    post.extraNames = []
    post.mapping = {}
    post.glyphOrder = glyph_order
    font.sfntVersion = "\x00\x01\x00\x00"


def check_coverage(job: Job, font: TTFont) -> None:
    """Fail loudly if a character we rely on is missing from the result."""
    cmap = font.getBestCmap()
    must: str
    if "Arabic" in job.output:
        must = "ەېۆۈڭھۇۋىئاٴپچژگڭ،؛؟" + "".join(chr(c) for c in (0xFBE4, 0xFBD3, 0xFBAA))
    elif "CJK" in job.output:
        must = NAME_HANZI + "·・，。（）：0123456789"
    else:
        must = "AZaz09ӘәҒғҚқҢңӨөҰұҮүҺһІі№«»—·"
    missing = [c for c in must if ord(c) not in cmap]
    if missing:
        raise SystemExit(f"{job.output}: missing {''.join(missing)!r}")


def build(job: Job, outdir: Path) -> Path:
    font = load(job)
    make_subset(font, job.unicodes, cjk=job.ttc_face is not None)
    if "CFF " in font:
        cff_to_glyf(font)
    check_coverage(job, font)
    target = outdir / job.output
    font.save(target)
    log.info(
        "%-28s %6.0f KiB  %5d glyphs",
        job.output,
        target.stat().st_size / 1024,
        font["maxp"].numGlyphs,
    )
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--outdir", type=Path, default=HERE, help="default: next to this script")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    logging.getLogger("fontTools").setLevel(logging.WARNING)
    args.outdir.mkdir(parents=True, exist_ok=True)
    for job in jobs():
        if not job.source.exists():
            raise SystemExit(
                f"missing source {job.source} (apt install fonts-noto-core fonts-noto-cjk)"
            )
        build(job, args.outdir)
    return 0


if __name__ == "__main__":
    sys.exit(main())
