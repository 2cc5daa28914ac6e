"""Number words of Arabic as news writes them: a reviewed word list, not logic.

Spellings are given as printed; :mod:`helpers.numbers` folds them (hamza, tashkeel, ة→ه, ى→ي)
like the text, so مئة/مائة need one entry each but أربعة/اربعة only one. Case endings are listed
(nominative ان/ون, oblique ين, construct ا/ي) because news Arabic writes all of them.
"""

from __future__ import annotations

ZERO = {"صفر": 0}
UNITS = {
    "واحد": 1, "واحدة": 1,
    "اثنان": 2, "اثنين": 2, "اثنتان": 2, "اثنتين": 2, "اثنا": 2, "اثني": 2, "اثنتا": 2, "اثنتي": 2,
    "ثلاث": 3, "ثلاثة": 3, "أربع": 4, "أربعة": 4, "خمس": 5, "خمسة": 5, "ست": 6, "ستة": 6,
    "سبع": 7, "سبعة": 7, "ثمان": 8, "ثماني": 8, "ثمانية": 8, "تسع": 9, "تسعة": 9,
    "عشر": 10, "عشرة": 10,
}
#: Only before عشر/عشرة ("أحد عشر", "إحدى عشرة"): alone, أحد means "one of" (one, only before a
#: plural of counted people: "أحد جنودها", see helpers.numbers).
TEEN_ONLY_UNITS = {"أحد": 1, "إحدى": 1}
TEEN_TENS = {"عشر": 10, "عشرة": 10}
TENS = {
    "عشرون": 20, "عشرين": 20, "ثلاثون": 30, "ثلاثين": 30, "أربعون": 40, "أربعين": 40,
    "خمسون": 50, "خمسين": 50, "ستون": 60, "ستين": 60, "سبعون": 70, "سبعين": 70,
    "ثمانون": 80, "ثمانين": 80, "تسعون": 90, "تسعين": 90,
}
HUNDREDS = {
    "مئة": 100, "مائة": 100,
    "مئتان": 200, "مئتين": 200, "مئتا": 200, "مئتي": 200,
    "مائتان": 200, "مائتين": 200, "مائتا": 200, "مائتي": 200,
}
#: Unit stems written joined to مئة/مائة: ثلاثمئة, ثلاثمائة, أربعمائة …
HUNDRED_STEMS = {"ثلاث": 3, "أربع": 4, "خمس": 5, "ست": 6, "سبع": 7, "ثمان": 8, "ثماني": 8, "تسع": 9}
#: Scale words: (multiplier, grammatical number). A dual stands alone for two of the scale.
SCALES = {
    "ألف": (1_000, "singular"), "ألفا": (1_000, "singular"), "ألفًا": (1_000, "singular"),
    "آلاف": (1_000, "plural"), "الآف": (1_000, "plural"),
    "ألفان": (1_000, "dual"), "ألفين": (1_000, "dual"), "ألفي": (1_000, "dual"),
    "مليون": (1_000_000, "singular"), "مليونا": (1_000_000, "singular"),
    "ملايين": (1_000_000, "plural"), "مليونان": (1_000_000, "dual"), "مليونين": (1_000_000, "dual"),
    "مليار": (1_000_000_000, "singular"), "مليارا": (1_000_000_000, "singular"),
    "مليارات": (1_000_000_000, "plural"), "ملياران": (1_000_000_000, "dual"), "مليارين": (1_000_000_000, "dual"),
}
#: Vague quantities: (low, high) of the quantity they name.
VAGUE = {
    "عشرات": (10, 99), "العشرات": (10, 99),
    "مئات": (100, 999), "المئات": (100, 999), "مئآت": (100, 999),
    "آلاف": (1_000, 9_999), "الآلاف": (1_000, 9_999),
    "ملايين": (1_000_000, 9_999_999), "الملايين": (1_000_000, 9_999_999),
}
#: Few/several: a multiplier from 3 to 9 ("بضعة آلاف" is 3,000 to 9,000).
FEW = {"بضع": (3, 9), "بضعة": (3, 9), "عدة": (3, 9)}
FRACTIONS = {"نصف": 1 / 2, "ثلث": 1 / 3, "ربع": 1 / 4, "ثلثي": 2 / 3, "ثلثا": 2 / 3}
ORDINALS = {
    "الأول": 1, "الأولى": 1, "الثاني": 2, "الثانية": 2, "الثالث": 3, "الثالثة": 3,
    "الرابع": 4, "الرابعة": 4, "الخامس": 5, "الخامسة": 5, "السادس": 6, "السادسة": 6,
    "السابع": 7, "السابعة": 7, "الثامن": 8, "الثامنة": 8, "التاسع": 9, "التاسعة": 9,
    "العاشر": 10, "العاشرة": 10, "الحادي": 11, "الحادية": 11,
    "ثالث": 3, "ثالثة": 3, "رابع": 4, "رابعة": 4, "خامس": 5, "خامسة": 5, "سادس": 6, "سادسة": 6,
    "سابع": 7, "سابعة": 7, "ثامن": 8, "ثامنة": 8, "تاسع": 9, "تاسعة": 9, "عاشر": 10, "عاشرة": 10,
}
#: Words before a number that make it approximate, with the bound they set:
#: "about" keeps the figure; "more than" opens the top; "less than" opens the bottom.
APPROX_BEFORE = {
    "نحو": "about", "حوالي": "about", "حوالى": "about", "قرابة": "about", "زهاء": "about",
    "ما يقارب": "about", "ما يقرب من": "about", "يقارب": "about", "تقريبا": "about",
    "أكثر من": "more", "ما يزيد على": "more", "ما يزيد عن": "more", "أزيد من": "more", "يزيد على": "more",
    "أقل من": "less", "ما دون": "less",
    "ما لا يقل عن": "at_least", "لا يقل عن": "at_least",
}
APPROX_AFTER = {"على الأقل": "at_least", "تقريبا": "about", "تقريبًا": "about"}
#: Words after a number that make it a percentage.
PERCENT_AFTER = ("بالمئة", "بالمائة", "في المئة", "في المائة", "%", "٪")
#: Latin letters spelled in Arabic, as in designations of bases, aircraft and weapons ("كي 1" K1,
#: "إف 16" F-16, "تي 72" T-72): a number right after one is part of a name. Spellings that are
#: also common Arabic words (في، أو، إن، أي، إي) are left out.
LATIN_LETTER_NAMES = (
    "إيه", "بي", "سي", "دي", "جي", "إتش", "آي", "جاي", "كي", "كاي", "إل", "إم", "كيو", "آر",
    "إس", "تي", "يو", "دبليو", "إكس", "واي", "زد", "إف",
)

#: Proclitics that can be written joined to a number word (و "and", ف, ب "with", ل "to", ك "as").
PROCLITICS = ("وب", "ول", "وك", "فب", "و", "ف", "ب", "ل", "ك")

#: Nouns for people that news counts, and how each forms its plural. The dual (…ان / …ين) is
#: the number two; but for a noun with a sound plural (…ون / …ين) the …ين form is also the
#: plural, so only its …ان form is read as two.
COUNTED_PERSON_NOUNS = {
    "جندي": "broken", "ضابط": "broken", "فرد": "broken", "عنصر": "broken", "شخص": "broken",
    "قتيل": "broken", "جريح": "broken", "بحار": "broken", "خبير": "broken", "مرتزق": "broken",
    "عسكري": "sound", "مستشار": "sound", "مدرب": "sound", "مقاتل": "sound", "متعاقد": "sound",
    "طيار": "sound", "مجند": "sound", "مدني": "sound", "موظف": "sound", "مسؤول": "sound", "دبلوماسي": "sound",
}
#: The broken plurals of those nouns (the sound ones add ون or ين).
BROKEN_PLURALS = {
    "جندي": "جنود", "ضابط": "ضباط", "فرد": "أفراد", "عنصر": "عناصر", "شخص": "أشخاص",
    "قتيل": "قتلى", "جريح": "جرحى", "بحار": "بحارة", "خبير": "خبراء", "مرتزق": "مرتزقة",
}
