"""Names of months and weekdays as Arabic news writes them, in every naming system.

Reviewed word lists, not logic: each month number maps to the spellings seen in print. The
spellings are written here as printed; :mod:`helpers.dates` folds them (hamza, tashkeel) the
same way it folds the text, so أبريل and ابريل need only one entry each where they differ
by more than folding.
"""

from __future__ import annotations

#: Syriac names, used in Iraq, Syria, Lebanon, Jordan and Palestine.
LEVANTINE = {
    1: ["كانون الثاني"], 2: ["شباط"], 3: ["آذار"], 4: ["نيسان"], 5: ["أيار"], 6: ["حزيران"],
    7: ["تموز"], 8: ["آب"], 9: ["أيلول"], 10: ["تشرين الأول"], 11: ["تشرين الثاني"],
    12: ["كانون الأول"],
}
#: Names from the European months, used in Egypt, the Gulf, and by most pan-Arab outlets.
EGYPTIAN_GULF = {
    1: ["يناير"], 2: ["فبراير"], 3: ["مارس"], 4: ["أبريل", "إبريل", "ابريل"], 5: ["مايو"],
    6: ["يونيو", "يونيه"], 7: ["يوليو", "يوليه"], 8: ["أغسطس", "اغسطس", "أغسطوس"],
    9: ["سبتمبر"], 10: ["أكتوبر", "اكتوبر"], 11: ["نوفمبر"], 12: ["ديسمبر"],
}
#: Moroccan names (from French).
MAGHREBI = {
    1: ["يناير"], 2: ["فبراير"], 3: ["مارس"], 4: ["أبريل"], 5: ["ماي"], 6: ["يونيو"],
    7: ["يوليوز"], 8: ["غشت"], 9: ["شتنبر"], 10: ["أكتوبر"], 11: ["نونبر"], 12: ["دجنبر"],
}
#: Algerian and Tunisian names (from French).
ALGERIAN_TUNISIAN = {
    1: ["جانفي"], 2: ["فيفري"], 3: ["مارس"], 4: ["أفريل"], 5: ["ماي"], 6: ["جوان"],
    7: ["جويلية"], 8: ["أوت"], 9: ["سبتمبر"], 10: ["أكتوبر"], 11: ["نوفمبر"], 12: ["ديسمبر"],
}
#: English names, for tweet signatures and English datelines quoted in Arabic pages.
ENGLISH = {
    1: ["January", "Jan"], 2: ["February", "Feb"], 3: ["March", "Mar"], 4: ["April", "Apr"],
    5: ["May"], 6: ["June", "Jun"], 7: ["July", "Jul"], 8: ["August", "Aug"],
    9: ["September", "Sep", "Sept"], 10: ["October", "Oct"], 11: ["November", "Nov"],
    12: ["December", "Dec"],
}
ARABIC_SYSTEMS = {
    "levantine": LEVANTINE,
    "egyptian_gulf": EGYPTIAN_GULF,
    "maghrebi": MAGHREBI,
    "algerian_tunisian": ALGERIAN_TUNISIAN,
}
#: Month names that are also common words (آب "father", ماي), trusted only beside a day, a
#: year, another name of the same month, or the word شهر.
AMBIGUOUS_MONTH_NAMES = frozenset({"آب", "ماي"})

#: Weekdays, Python's numbering (Monday is 0).
WEEKDAYS = {
    0: ["الاثنين", "الإثنين", "الأثنين"], 1: ["الثلاثاء"], 2: ["الأربعاء", "الاربعاء"],
    3: ["الخميس"], 4: ["الجمعة"], 5: ["السبت"], 6: ["الأحد"],
}

#: Hijri (Islamic) months, converted with hijridate (Umm al-Qura).
HIJRI = {
    1: ["محرم"], 2: ["صفر"], 3: ["ربيع الأول"], 4: ["ربيع الثاني", "ربيع الآخر"],
    5: ["جمادى الأولى", "جمادى الأول"], 6: ["جمادى الآخرة", "جمادى الثانية", "جمادى الآخر"],
    7: ["رجب"], 8: ["شعبان"], 9: ["رمضان"], 10: ["شوال"], 11: ["ذو القعدة", "ذي القعدة"],
    12: ["ذو الحجة", "ذي الحجة"],
}
#: Days of the month written as ordinals, before «من» and the month ("الخامس من آذار"، "التاسع
#: والعشرين من آذار"): the masculine ordinal of «اليوم», with the article.
DAY_ORDINALS = {
    "الأول": 1, "الثاني": 2, "الثالث": 3, "الرابع": 4, "الخامس": 5, "السادس": 6, "السابع": 7,
    "الثامن": 8, "التاسع": 9, "العاشر": 10, "الحادي عشر": 11, "الثاني عشر": 12, "الثالث عشر": 13,
    "الرابع عشر": 14, "الخامس عشر": 15, "السادس عشر": 16, "السابع عشر": 17, "الثامن عشر": 18,
    "التاسع عشر": 19, "العشرين": 20, "الحادي والعشرين": 21, "الثاني والعشرين": 22,
    "الثالث والعشرين": 23, "الرابع والعشرين": 24, "الخامس والعشرين": 25, "السادس والعشرين": 26,
    "السابع والعشرين": 27, "الثامن والعشرين": 28, "التاسع والعشرين": 29, "الثلاثين": 30,
    "الحادي والثلاثين": 31,
}
#: Words that place a date in the first, middle or last part of a month (inclusive day ranges;
#: None is the month's last day). They overlap on purpose: "نهاية الشهر" is not a sharp edge.
PART_OF_MONTH = {
    "مطلع": (1, 15), "بداية": (1, 15), "أوائل": (1, 15), "أول": (1, 15), "مستهل": (1, 15),
    "منتصف": (10, 20), "أواسط": (10, 20), "وسط": (10, 20),
    "نهاية": (15, None), "أواخر": (15, None), "آخر": (15, None), "ختام": (15, None),
}
#: The same words before a year: (first month, last month) of the part they name.
PART_OF_YEAR = {
    "مطلع": (1, 6), "بداية": (1, 6), "أوائل": (1, 6), "أول": (1, 6), "مستهل": (1, 6),
    "منتصف": (4, 9), "أواسط": (4, 9), "وسط": (4, 9),
    "نهاية": (7, 12), "أواخر": (7, 12), "آخر": (7, 12), "ختام": (7, 12),
}
#: The seasons as news of the northern hemisphere speaks of them: (first month, months long).
#: Winter runs over the turn of the year: «شتاء 2021» is the winter whose January is in 2021
#: (December 2020 to February 2021).
SEASONS = {"الربيع": (3, 3), "الصيف": (6, 3), "الخريف": (9, 3), "الشتاء": (12, 3)}
#: A season without a year is a date only after one of these ("خلال الصيف"، "بحلول نهاية الصيف"),
#: or with «هذا» or «الماضي»، «المقبل» …: alone («حرارة الصيف») it names no time.
SEASON_LEADS = ("خلال", "في", "بحلول", "قبل", "بعد", "منذ", "حتى", "طوال", "مطلع", "بداية", "أوائل",
                "منتصف", "أواسط", "نهاية", "أواخر")
#: Lengths of time counted back from the publication day ("قبل أسبوعين"، "منذ ثلاثة أيام"، "قبل
#: 10 أيام"، "قبل عام"): by the unit they count, (the singular words, the duals, the plurals and
#: the accusative singular that follows numbers over ten).
DURATION_UNITS = {
    "day": (("يوم",), ("يومين",), ("أيام", "يوما")),
    "week": (("أسبوع",), ("أسبوعين",), ("أسابيع", "أسبوعا")),
    "month": (("شهر",), ("شهرين",), ("أشهر", "شهور", "شهرا")),
    "year": (("عام", "سنة"), ("عامين", "سنتين"), ("أعوام", "سنوات", "عاما")),
}
#: "في الأيام المقبلة"، "خلال الأسابيع الماضية"، "في الأشهر القادمة": the days these reach from
#: the publication day, and the precision of the window.
FEW_UNITS_AHEAD_OR_BACK = {
    "الساعات": (1, "week"), "الأيام": (10, "week"), "الأسابيع": (42, "month"), "الأشهر": (180, "year"), "الشهور": (180, "year"),
}
