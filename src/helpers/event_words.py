"""Words that signal events in Arabic news about troops and bases: a reviewed word list.

Everything here is written as printed; :mod:`helpers.extract` folds it like the text. Verb
entries are stems; the extractor adds the prefixes and suffixes of Arabic morphology (و/ف, the
future س, the imperfect ي/ت/ن, object pronouns) so each verb needs one line.
"""

from __future__ import annotations

#: Handing a base over, leaving it, or receiving it. Past / imperfect stems and the verbal noun.
TRANSFER_VERBS = {
    # stem (past)  : imperfect stem
    "سلم": "سلم",          # سلّم / يسلّم: hand over
    "تسلم": "تسلم",        # تسلّم / يتسلّم: take over (the receiving side)
    "استلم": "ستلم",       # استلم / يستلم: take over
    "انسحب": "نسحب",       # انسحب / ينسحب: withdraw
    "سحب": "سحب",          # سحب / يسحب: pull out (troops from)
    "غادر": "غادر",        # غادر / يغادر: leave
    "أخلى": "خلي",         # أخلى / يخلي: vacate
    "نقل": "نقل",          # نقل / ينقل: transfer
    "خرج": "خرج",          # خرج / يخرج (من): exit
    "رحل": "رحل",          # رحل / يرحل (عن، من): depart
}
#: Past forms that the stem and the regular endings do not give (weak verbs drop their last letter).
TRANSFER_IRREGULAR_PAST = ("أخلت", "أخلوا", "أخلتا")
TRANSFER_NOUNS = ("تسليم", "تسلم", "استلام", "انسحاب", "سحب", "مغادرة", "إخلاء", "نقل", "إعادة تموضع", "إعادة التموضع", "إعادة انتشار",
                  "خروج", "رحيل")
#: Stems of the transfer words that take no object (one withdraws, redeploys *from* a place): a
#: pronoun on them is who acts («انسحابها»: its withdrawal), never the base.
INTRANSITIVE_STEMS = ("نسحب", "نسحاب", "تموضع", "نتشار", "خرج", "خروج", "رحل", "رحيل")
#: Of those, the stems of redeploying: a base after «في» is where troops redeploy, not the base
#: they leave ("إعادة تموضع قواتها في قاعدتي عين الأسد وحرير").
REDEPLOY_STEMS = ("تموضع", "نتشار")
#: After «إعادة» (RETURN_VERBS' noun), what is set up again, not given back: giving a base back to
#: the Iraqi side is a handover ("أعادت قوات التحالف الموقع الذي كانت تشغله في قاعدة القيارة إلى
#: القوات العراقية"), setting troops up again is none ("إعادة تموضع القوات في قاعدة عين الأسد").
NOT_RETURNED = ("تموضع", "انتشار", "نشر", "تمركز", "توزيع", "تنظيم", "هيكلة", "بناء", "تأهيل", "فتح", "افتتاح", "إعمار", "تقييم", "النظر")
#: The stems of handing over and vacating, whose past and present read also as passives: a base
#: right before one is what was handed over where «إلى» follows ("القاعدة في الحبانية سلمت إلى …").
HANDED_STEMS = ("سلم", "خلي", "خلت")
#: The stems of withdrawing (انسحب، سحب، and their nouns): the place after their «من» is the
#: place left, and a town of a base there stands for its base ("انسحبت القوات من القائم").
WITHDRAW_STEMS = ("نسحب", "نسحاب", "سحب", "خرج", "خروج", "رحيل")
#: Stems of the verbs and nouns of receiving a base: the Iraqi side named as their subject is who
#: receives it, not a sign that others act; a base received «من الجيش العراقي» is, though.
RECEIVE_STEMS = ("تسلم", "استلم", "استلام")

#: A base that comes under the Iraqi side's control changes hands: after a verb of becoming,
#: «تحت» and a noun of control ("أصبحت قاعدة القيارة تحت سيطرة القوات العراقية"); or control
#: that moves, a noun of control and «على»/«عن» after it, to the Iraqi side ("انتقلت السيطرة على
#: قاعدة القيارة إلى القوات العراقية"). Verbs as past stem: imperfect stem.
BECOME_VERBS = {"أصبح": "صبح", "صار": "صير", "بات": "بيت"}
CONTROL_MOVE_VERBS = {"انتقل": "نتقل"}
CONTROL_MOVE_NOUNS = ("انتقال",)
CONTROL_NOUNS = ("سيطرة", "إدارة", "سلطة", "إمرة", "عهدة", "مسؤولية", "يد", "أيدي")
#: Ending one's presence at a base is leaving it: a word of ending, by the form that gives its
#: status, then a noun of presence and «في» before the base ("أنهى التحالف وجوده في قاعدة كي 1"،
#: "أنهت قوات التحالف مهامها في معسكر بسماية"). With a combat word it is the mission that ends.
END_PRESENCE_FORMS = {
    "past": ("أنهى", "أنهت", "أنهوا"), "future": ("سينهي", "ستنهي", "سوف ينهي", "سوف تنهي"),
    "present": ("ينهي", "تنهي"), "noun": ("إنهاء",),
}
PRESENCE_NOUNS = ("وجود", "مهام", "مهمة", "عمل", "انتشار", "تواجد")
#: Troops leaving (a number with one of these is a withdrawal): the transfer verbs and these.
WITHDRAWAL_EXTRA_NOUNS = ("خفض", "تقليص", "تخفيض", "عودة", "إعادة")
#: Cutting troops (past stem: imperfect stem): a number after «إلى» is the level they are cut
#: to, not the troops who leave ("خفّضت عدد جنودها إلى 2500"). «عاد» is not one: «عادة» folds
#: to one of its forms.
REDUCTION_VERBS = {"خفض": "خفض", "قلص": "قلص"}
#: Present forms that are also a past verb, unvocalised: «تقلّص» (decreased) is also «تُقلّص»
#: (reduces), «تسلّم» (took over) also «تُسلّم» (hands over). Dated before the publication day,
#: they are read as the past.
PAST_OR_PRESENT = ("تقلص", "تسلم")
#: Sending troops home (past stem: imperfect stem): "أعادت أستراليا 150 من عسكرييها إلى بلادهم";
#: giving a base back too (extract.transfers.returns). Its verbal noun «إعادة» is among the nouns
#: of leaving above.
RETURN_VERBS = {"أعاد": "عيد"}
#: Raising the number of troops (past stem: imperfect stem) and its verbal nouns: a number after
#: «إلى» is the level they are raised to, a standing figure like the level of a cut ("سيرفع الحلف
#: عدد أفراد بعثته من 500 إلى 4000"; NATO's mission in Iraq grew as the coalition shrank).
RAISE_VERBS = {"رفع": "رفع", "زاد": "زيد"}
RAISE_NOUNS = ("رفع", "زيادة")
#: Sending troops, and its verbal nouns: a number one of these governs is troops who arrive, not
#: the level there ("أرسلت واشنطن 500 جندي"، "عززت قواتها بـ 3000 جندي"); so is a number whose
#: noun has one of :data:`ADDED_WORDS` after it ("500 جندي إضافي").
SEND_VERBS = {"أرسل": "رسل", "نشر": "نشر", "عزز": "عزز"}
SEND_NOUNS = ("إرسال", "نشر", "تعزيز")
ADDED_WORDS = ("إضافي", "إضافيا", "إضافيين", "إضافيون", "إضافية")
#: Of the verbs of sending, deploying: its imperfect (not the future) tells what stands deployed, a
#: standing figure ("تنشر إيطاليا نحو 800 عسكري في العراق"), its past what was sent ("نشرت 500 جندي").
DEPLOY_STEMS = ("نشر",)
#: The word before a number that makes it the level reached, not the amount moved.
LEVEL_WORDS = ("إلى",)  # written «الى» too: both fold alike
#: A level may be a bare number when the troops were named before it («خفضت عدد جنودها في العراق
#: إلى 3000»): then nothing follows it in its clause but one of these (a date, a place, a plan).
AFTER_A_BARE_LEVEL = ("بحلول", "في", "خلال", "قبل", "بعد", "حتى", "مع", "بنهاية", "نهاية", "منتصف", "مطلع", "أواخر", "أوائل")

#: Killing, or death in service (a number of troops with one of these is casualties: «وفاة جندي
#: أمريكي في حادث» is one of the dead too).
#: «بحياة» is the word of «أودى الهجوم بحياة ثلاثة جنود» (took the lives of), the verb before it or not.
KILLED_WORDS = ("قتل", "قُتل", "مقتل", "قتلى", "قتلوا", "مصرع", "استشهد", "سقوط قتلى", "وفاة", "توفي", "توفيت", "توفوا",
                "بحياة")
#: Nouns of the killed: a number of them is of troops where troops or a foreign side follow
#: ("سقوط ثلاثة قتلى من قوات التحالف"، "قتيلان أمريكيان").
KILLED_NOUN_STEMS = ("قتيل", "قتلى", "القتلى", "القتيل")
#: «لقي حتفه»، «لقوا مصرعهم»: met their death. The verb is the word of killing where one of the
#: nouns follows it, with a pronoun and up to four words between: the killed ("لقي ثلاثة جنود
#: مصرعهم"، "لقي متعاقد أمريكي حتفه"), or nothing when they stand before it.
MET_VERBS = ("لقي", "لقيت", "لقيا", "لقيتا", "لقوا")
DEATH_NOUNS = ("حتف", "مصرع")
#: Verbs that follow the troops they count, who are their subject ("قالت الوزارة إن ثلاثة جنود
#: أمريكيين قتلوا في الهجوم"، "إن جنديا أمريكيا قتل"، "جنديين لقيا حتفهما"): killed (with
#: :data:`MET_VERBS`) or wounded. News writes the passive undotted, as the active; the active
#: has an object, which a number right after the verb shows ("قتلوا خمسة مسلحين").
KILLED_AFTER_VERBS = ("قتل", "قتلوا", "قتلا", "قتلت", "قتلتا", "استشهد", "استشهدوا", "استشهدا", "توفي", "توفيت", "توفوا", "توفيا")
WOUNDED_AFTER_VERBS = ("أصيب", "أصيبوا", "أصيبا", "أصيبت", "جرح", "جرحوا", "جرحا")
#: What may stand between the troops and that verb, besides their nationality: another adjective
#: («آخرين») and the pluperfect's «كانوا قد».
BEFORE_THEIR_VERB = ("آخر", "آخرون", "آخرين", "آخران", "قد", "كان", "كانا", "كانوا")
#: Wounding: a number of troops after one of these (nearer than a word of killing) counts the
#: wounded, who are neither dead nor a standing figure ("قتل متعاقد وأصيب خمسة جنود").
WOUNDED_WORDS = ("أصيب", "أصيبوا", "أصيبا", "أصيبت", "إصابة", "إصابات", "جرح", "جرحى", "مصابين", "المصابين")

#: A withdrawal that someone votes on, demands or calls for has not happened: the figure is the
#: troops still there ("تصويت البرلمان على انسحاب 5200 جندي").
DEMAND_WORDS = ("تصويت", "التصويت", "قرار", "مطالبة", "المطالبة", "مطالب", "دعوة", "الدعوة", "طلب", "يطالب", "طالب", "تطالب",
                "طالبت", "طالبوا", "دعا", "دعت", "دعوا", "يدعو", "تدعو", "صوت", "صوتت",
                "طلبت", "يطلب", "تطلب", "سيطلب", "ستطلب", "سيطالب", "ستطالب")
#: A condition, or a question: what a sentence opened by one of these states, or a verb shortly
#: after one in its clause, is not said to happen ("إذا انسحبت القوات …، فإن …"، "هل تنسحب …؟").
CONDITIONAL_WORDS = ("إذا", "لو", "لولا", "في حال", "في حالة", "ما لم")
QUESTION_WORDS = ("هل",)

#: The end of the combat mission: an end word and a combat word in one clause. End words by the
#: tense they give: done (past, or "no longer"), to come (future, present, "in order to end",
#: "will not be"), and the verbal nouns, whose date tells.
END_DONE_WORDS = ("انتهت", "انتهى", "أنهت", "أنهى", "أنهينا", "لم تعد", "لم يعد", "لا توجد", "لا يوجد")
END_PLAN_WORDS = (
    "سينهي", "ستنهي", "سننهي", "سوف ينهي", "سوف تنهي", "سوف ننهي", "لإنهاء", "ينهي", "تنهي", "ننهي",
    "ستنتهي", "سينتهي", "تنتهي", "ينتهي", "لن يكون", "لن تكون", "لن نكون",
)
#: After "no longer" («لم يعد»), these make it a need, not a state: "العراق لم يعد بحاجة إلى قوات
#: قتالية" says what Iraq needs, not that the combat mission ended.
NEED_WORDS = ("بحاجة", "في حاجة", "يحتاج", "تحتاج", "يتطلب", "تتطلب")
END_NOUNS = ("انتهاء", "إنهاء", "نهاية المهمة", "نهاية المهام", "نهاية العمليات", "نهاية الدور")  # «نهاية» only of the mission
COMBAT_WORDS = ("قتالية", "قتالي", "القتالية", "القتالي", "بدور قتالي", "قتالياً")
#: Fighting troops: after «قوات» they are the combat troops ("انسحاب جميع القوات الأمريكية
#: المقاتلة"); alone, «المقاتلة» is as often a fighter jet, so they end no mission by an end word.
FIGHTING_WORDS = ("المقاتلة", "مقاتلة")
#: An agreement or its signing: one that ends the combat mission by a date is a change of the
#: mission on the day it is made, besides the end it plans ("وقعت بغداد ولندن اتفاقا لإنهاء المهام
#: القتالية قبل نهاية العام"، "اتفقت الحكومتان على خروج القوات المقاتلة").
AGREEMENT_WORDS = ("اتفاق", "اتفاقا", "اتفاقاً", "اتفاقية", "الاتفاق", "الاتفاقية", "اتفقت", "اتفقتا", "اتفق", "اتفقا",
                   "اتفقوا", "وقع", "وقعا", "وقعت", "توقيع")
#: Of those, the past verbs: the agreement made in the sentence, not only referred to.
AGREED_VERBS = ("اتفقت", "اتفقتا", "اتفق", "اتفقا", "اتفقوا", "وقع", "وقعا", "وقعت", "أبرم", "أبرمت", "أبرما")

#: The end of the combat mission told as the troops' role turning to training and advice: a word
#: of turning (by the tense it gives), the role, then what it becomes, in one clause ("تحول دور
#: القوات الأمريكية إلى المشورة والتدريب"، "سيقتصر دورها على التدريب"، "أصبحت مهمة التحالف غير
#: قتالية"). A role said to be advisory with no word of turning ("البعثة غير قتالية") is no change.
#: «اقتصر» (is limited to) gives a change only to come («سيقتصر»، «اقتصار»): in the present or the
#: past it tells what the role is or was ("تقتصر مهمة البعثة على التدريب").
ROLE_SHIFT_PAST = ("تحولت", "انتقلت", "انتقل", "أصبحت", "أصبح", "باتت", "بات")
ROLE_SHIFT_FUTURE = ("سيتحول", "ستتحول", "سينتقل", "ستنتقل", "سيقتصر", "ستقتصر", "ستصبح", "سيصبح", "ستكون", "سيكون")
ROLE_SHIFT_PRESENT = ("يتحول", "تتحول", "ينتقل", "تنتقل")
ROLE_SHIFT_NOUNS = ("تحول", "تحويل", "نقل", "انتقال", "اقتصار")
ROLE_NOUNS = ("مهام", "مهمة", "دور")
ADVISORY_ROLES = (
    "التدريب", "تدريب", "المشورة", "مشورة", "الاستشارة", "استشارية", "الاستشارية", "استشاري", "تدريبية",
    "التدريبية", "تقديم المشورة", "التمكين", "غير قتالية", "غير قتالي",
)
#: The combat troops leaving, all of them or the last, is the end of the combat mission too: a
#: word of leaving, one of these perhaps, «قوات» and a combat word ("مغادرة جميع قواته القتالية"،
#: "انسحبت آخر القوات القتالية الأمريكية"، "ستسحب كل قواتها القتالية").
ALL_OF_THEM_WORDS = ("جميع", "كل", "كافة", "آخر", "بقية", "باقي")

#: Words that put what follows before the article's day: a plan told with one was announced
#: earlier, and its «خلال أسابيع» counts from then ("سبق أن أكد مسؤولون أن الجنود سيغادرون").
EARLIER_WORDS = ("سبق أن", "سبق وأن", "كان قد", "كانت قد", "كانوا قد")

#: Modality: words before a verb in its clause that make the event a plan.
PLAN_WORDS = (
    "سوف", "سيتم", "ستتم", "قد تكون", "قد يكون", "قد يتم", "من المرجح", "من المتوقع", "من المقرر",
    "المقرر", "تخطط", "يخطط", "خطة", "تعتزم", "يعتزم", "تنوي", "ينوي", "تستعد", "يستعد", "ستبدأ",
    "سيبدأ", "ستواصل", "سيواصل", "يتوقع", "تتوقع", "مرتقب", "المرتقب", "من المنتظر", "المنتظر",
    "من المزمع", "المزمع", "يرتقب", "ترتقب", "قرر", "قررت", "تقرر", "يقرر",
    "وافق", "وافقت", "وافقوا", "اتفق", "اتفقت", "اتفقا", "اتفقتا", "اتفقوا", "اتفقنا",
    "نية", "نيتها", "نيته", "نيتهم", "عزم", "عزمها", "عزمه", "عزمهم", "اعتزام", "اعتزامها", "اعتزامه", "خطط",
    "مخطط", "تخطيط",
)
#: Verbs of amounting to: with «عدد» or «عديد» before the number in its clause ("بلغ عدد القوات
#: الأمريكية في العراق نحو 3000 جندي"، "كان عددهم قد وصل إلى 3000"), the number is a standing
#: figure, whatever verb of leaving follows it ("، بعد أن سحبت واشنطن 2200 جندي").
AMOUNT_VERBS = ("بلغ", "بلغت", "يبلغ", "تبلغ", "وصل", "وصلت", "يصل", "تصل", "ناهز", "يناهز", "قارب", "يقارب", "تجاوز", "يتجاوز")
#: Verbs of a number changing: «عدد القوات تراجع إلى 2500» is the level it came to.
CHANGE_TO_VERBS = ("انخفض", "انخفضت", "ينخفض", "تنخفض", "سينخفض", "ستنخفض", "تراجع", "تراجعت", "يتراجع", "سيتراجع",
                   "ارتفع", "ارتفعت", "يرتفع", "ترتفع", "سيرتفع", "سترتفع", "تقلص", "تقلصت", "يتقلص", "سيتقلص",
                   "أصبح", "أصبحت", "يصبح", "صار", "صارت")
#: Verbs of a state to come: a standing figure with one of these before it, or right after its
#: noun, is a level planned or foreseen, not one reported ("سيبقى نحو 2500 جندي"، "2500 جندي سيبقون").
FUTURE_STATE_VERBS = (
    "سيبقى", "ستبقى", "سيبقون", "سيظل", "ستظل", "سيظلون", "سيصل", "ستصل", "سيبلغ", "ستبلغ", "سيصبح", "سيصبحون", "سيكون",
    "ستكون", "سيكونون", "سيرتفع", "سينخفض", "سيتراجع", "سيتقلص", "سيتوسع", "ستتوسع", "سيقتصر", "سيقتصرون",
    "سيحتفظ", "ستحتفظ", "سنحتفظ", "سيحافظ", "ستحافظ",
)
#: Negation and denial: a transfer or withdrawal with one of these shortly before it in its clause
#: did not happen, or will not ("لم تنسحب"، "لن تسلم"، "نفت … انسحاب"، "لا توجد خطط لسحب"، "عدم
#: تسليم"). «لا» of «لا يزال» (still) is not one.
NEGATION_WORDS = ("لم", "لن", "لا", "ليس", "ليست", "عدم", "نفى", "نفت", "ينفي", "تنفي", "نفي", "رفض", "رفضت", "يرفض", "ترفض")
#: Denials: they govern the clause they deny, after «أن» or «عن», however far ("نفى مصدر في وزارة
#: الدفاع أن تكون القوات الأمريكية قد انسحبت من قاعدة عين الأسد").
DENIAL_WORDS = ("نفى", "نفت", "ينفي", "تنفي", "نفي", "نفيه", "كذب", "كذبت", "تكذيب")
#: Words that say what follows goes against what came before: a denial does not reach past them.
CONTRAST_WORDS = ("لكن", "لكنه", "لكنها", "ولكن", "غير أن", "إلا أن", "بيد أن", "بل")
#: After a negation, these make it "only" ("لم ينسحب سوى 200 جندي"): the event happened.
EXCEPT_WORDS = ("سوى", "إلا", "الا")
#: Words that make an event ongoing rather than habitual, planned or done: still, now, and
#: "began" before a verbal noun («بدأت القوات انسحابها»: begun, not finished).
ONGOING_WORDS = (
    "ما زال", "ما زالوا", "ما زالت", "لا يزال", "لا تزال", "لا يزالون", "يواصل", "تواصل", "حالياً", "حاليا",
    "الآن", "جار", "جارٍ", "بدأ", "بدأت", "بدأوا", "باشر", "باشرت", "باشروا",
)
#: Past verbs of finishing before a verbal noun: it is done, whatever date it was due by
#: («اكتمل خفض القوات … قبل الموعد المحدد»، «أنجزت القوات انسحابها»).
DONE_WORDS = ("اكتمل", "اكتملت", "استكمل", "استكملت", "أكمل", "أكملت", "أنجز", "أنجزت", "أتم", "أتمت", "أتموا", "أنهت", "أنهى")
#: A date that is a deadline: the event is due by then, not on it ...
DEADLINE_WORDS = ("بحلول", "قبل", "حتى", "في موعد أقصاه", "موعد أقصاه")
#: ... also with the schedule named between («قبل الموعد المحدد في 15 يناير»: the schedule is
#: that day, and the event came before it).
SCHEDULE_WORDS = ("الموعد المحدد", "الموعد المقرر", "موعده المحدد", "موعدها المحدد", "موعده المقرر", "موعدها المقرر", "الموعد النهائي")
#: A date that starts a time: what happened since then happened any time from it up to now.
SINCE_WORDS = ("منذ", "اعتبارا من", "اعتباراً من", "ابتداء من", "ابتداءً من")
#: "Now": a standing figure said to hold now is dated to the publication day.
NOW_WORDS = ("حالياً", "حاليا", "الآن", "حتى الآن", "اليوم")

#: Nouns for troops; a number counting one of these is a troop figure. Matched as word starts.
TROOP_NOUN_STEMS = (
    "جندي", "جنود", "جنديا", "عسكري", "قوات", "قواته", "مقاتل", "ضابط", "ضباط", "عنصر", "عناصر",
    "فرد", "أفراد", "متعاقد", "مجند", "بحار", "طيار", "مدرب", "مستشار", "خبير", "خبراء", "مشاة",
    "منتسب",  # «منتسب»، «منتسبين»: service members, as Iraqi and coalition statements count them
)
#: Of those, the ones that make the figure one of trainers (advisers, instructors).
TRAINER_NOUN_STEMS = ("مدرب", "مستشار", "خبير", "خبراء")

#: A pronoun that points back at the counted troops: "سحبت جنودها، وهم نحو ثلاثين".
COUNT_APPOSITION = ("وهم", "وهن", "وعددهم", "عددهم", "قوامها", "وقوامها", "وقوامهم")

#: After a number of the killed and its noun, the parts it is made of: all of them, after one of
#: these or a comma alone ("مقتل ثلاثة جنود، هم أمريكيان وبريطاني"، "قتل ثلاثة جنود، اثنان
#: أمريكيان وبريطاني") ...
PARTS_ALL_WORDS = ("هم", "وهم", "هما", "وهما")
#: ... or some of them, after one of these ("مقتل ثلاثة جنود بينهم أمريكيان"): the rest are of no
#: side the sentence names.
PARTS_AMONG_WORDS = ("بينهم", "من بينهم", "ومن بينهم", "منهم", "ومنهم", "بينهما")

#: A number after one of these gives a total ("قواتها البالغ عددها 400"، "وقوامها 400")...
TOTAL_WORDS = ("البالغ", "البالغة", "عددهم", "عددها", "وعددهم", "وعددها", "قوامها", "وقوامها", "قوامهم", "وقوامهم",
               "من أصل", "أصل", "مجموع", "إجمالي")  # «130 جنديا من أصل 180»: out of
#: ... and when only part of them moves ("سحب معظم قواتها البالغ عددها 400"), the number is what
#: stands, not what leaves.
PART_WORDS = ("معظم", "نصف", "بعض", "جزء", "ثلث", "ربع", "غالبية", "أغلب", "أغلبية")

#: Nationalities: the adjective stem (masculine singular) and the country names, by ISO code.
NATIONALITY_ADJECTIVES = {
    # the singular, then the broken plurals in use («الجنود الإسبان»، «الأمريكان»)
    "USA": ("أميركي", "أمريكي", "أميركان", "أمريكان"), "GBR": ("بريطاني",), "FRA": ("فرنسي",), "CZE": ("تشيكي",),
    "AUS": ("أسترالي", "استرالي"), "DEU": ("ألماني", "ألمان"), "ITA": ("إيطالي", "ايطالي", "طليان"),
    "ESP": ("إسباني", "اسباني", "إسبان", "اسبان"),
    "NZL": ("نيوزيلندي",), "CAN": ("كندي",), "NLD": ("هولندي",), "DNK": ("دنماركي",), "NOR": ("نرويجي",),
    "BEL": ("بلجيكي",), "TUR": ("تركي", "أتراك"), "HUN": ("مجري",), "POL": ("بولندي",), "ROU": ("روماني",),
    "FIN": ("فنلندي",), "SWE": ("سويدي",), "PRT": ("برتغالي",), "IRQ": ("عراقي",),
    "FOREIGN": ("أجنبي", "أجانب"),
}
#: Words of leading before a country: "التحالف بقيادة الولايات المتحدة" names the coalition.
LED_BY_WORDS = ("بقيادة", "بزعامة", "تقوده", "يقوده", "تتزعمه", "يتزعمه", "الذي تقوده", "التي تقودها")
COUNTRY_NAMES = {
    "USA": ("الولايات المتحدة", "أميركا", "أمريكا", "واشنطن", "البنتاغون", "البنتاجون", "بنتاغون"),
    "GBR": ("بريطانيا", "المملكة المتحدة", "لندن"),
    "FRA": ("فرنسا", "باريس"), "CZE": ("تشيكيا", "التشيك", "جمهورية التشيك"), "AUS": ("أستراليا", "استراليا"),
    "DEU": ("ألمانيا", "المانيا", "برلين"), "ITA": ("إيطاليا", "ايطاليا", "روما"), "ESP": ("إسبانيا", "اسبانيا", "مدريد"),
    "NZL": ("نيوزيلندا",), "CAN": ("كندا",), "NLD": ("هولندا",), "DNK": ("الدنمارك",), "NOR": ("النرويج",),
    "BEL": ("بلجيكا",), "TUR": ("تركيا", "أنقرة"), "HUN": ("المجر", "هنغاريا"), "POL": ("بولندا",),
    "ROU": ("رومانيا",), "FIN": ("فنلندا",), "SWE": ("السويد",), "PRT": ("البرتغال",),
    "COALITION": ("التحالف", "الناتو", "حلف شمال الأطلسي", "حلف الأطلسي", "قوة المهام المشتركة", "العزم الصلب"),
    "FOREIGN": ("الأجنبية", "القوات الأجنبية"),
}
#: Convoys and trucks: a transfer verb whose subject is one of these («رتل عسكري غادر قاعدة …»،
#: «غادرت قافلة … القاعدة») tells of supplies or equipment on the move, not of a base changing
#: hands; the last of them («آخر رتل») is the troops leaving for good, and stays a transfer.
CONVOY_WORDS = ("رتل", "رتلا", "الرتل", "أرتال", "الأرتال", "قافلة", "القافلة", "قوافل", "شاحنات", "الشاحنات", "شاحنة",
                "دورية", "الدورية", "دوريات")  # a patrol that goes out of a base leaves it for a while
LAST_WORDS = ("آخر",)
#: Forces that are not the coalition's: troops counted with one of these right after their noun
#: ("مقتل 3 جنود عراقيين"، "مقتل عنصر من داعش"، "عناصر الحشد الشعبي") are out of scope, like
#: those with an Iraqi adjective.
OTHER_FORCES = (
    "داعش", "تنظيم داعش", "التنظيم", "الحشد", "الحشد الشعبي", "البيشمركة", "البشمركة", "الشرطة",
    "الجيش العراقي", "القوات العراقية", "الإرهابيين", "المسلحين", "مسلحين", "الفصائل",
)
#: Nouns of a force's members that may stand before its name as who acts ("انسحب مقاتلو داعش من …").
MEMBERS_OF = ("مقاتلو", "مقاتلي", "عناصر", "مسلحو", "مسلحي", "قوات", "وحدات", "فصائل", "قادة")
#: Other countries and regions where the coalition's nations keep troops: a figure, or an end of a
#: mission, placed in one («في أفغانستان»، «من سوريا»، «بالكويت») in a clause that does not name
#: Iraq is not of the drawdown in Iraq ("خفضت عدد قواتها في أفغانستان إلى 2500 جندي"). Where the
#: troops go («إلى الكويت») is no place of theirs.
ELSEWHERE = (
    "أفغانستان", "سوريا", "سورية", "الكويت", "الأردن", "قطر", "البحرين", "السعودية", "الإمارات", "تركيا",
    "لبنان", "اليمن", "ليبيا", "الصومال", "مالي", "النيجر", "إيران", "اليابان", "كوريا الجنوبية", "ألمانيا",
    "بولندا", "أوروبا", "الشرق الأوسط", "الخليج",
)
#: Adjectives of the countries of :data:`ELSEWHERE` in the region that place a base there when they
#: follow its name ("قاعدة الشدادي السورية"، "قاعدة عريفجان الكويتية"). Those of the coalition's own
#: nations are not: after a base they as often say whose troops it holds.
ELSEWHERE_ADJECTIVES = (
    "السورية", "الكويتية", "الأردنية", "القطرية", "البحرينية", "السعودية", "الإماراتية", "التركية",
    "الأفغانية", "الإيرانية", "اللبنانية", "اليمنية", "الليبية", "الصومالية", "الخليجية",
)
#: Who receives a base: the Iraqi side.
IRAQI_SIDE = (
    "القوات العراقية", "الجيش العراقي", "قوات الأمن العراقية", "وزارة الدفاع العراقية", "الجانب العراقي",
    "الحكومة العراقية", "القوات الأمنية العراقية", "قيادة العمليات المشتركة", "العراقيين",
)
#: Words that put a base name in context ("قاعدة القائم", "معسكر التاجي", "مطار أربيل").
BASE_WORDS = ("قاعدة", "القاعدة", "معسكر", "المعسكر", "مطار", "مقر", "قواعد", "قاعدتي", "قاعدتا", "معسكري", "معسكرا")
#: Adjectives of a base's kind that may stand between the base word and its name ("قاعدة جوية،
#: القيارة"، "المعسكر التدريبي بسماية").
BASE_KIND_ADJECTIVES = ("جوية", "الجوية", "جوي", "عسكرية", "عسكري", "تدريبي", "التدريبي", "تدريبية")
#: Of those, the dual and plural ones: the names after them are a list ("قاعدتي القيارة والقائم"),
#: each name in it standing after the base word.
BASE_LIST_WORDS = ("قواعد", "قاعدتي", "قاعدتا", "معسكري", "معسكرا")
#: A count of bases handed over, then some of them named ("سلم ثماني قواعد …، من بينها قاعدة
#: القيارة وقاعدة كي وان"): the plural base words, and the words that bring in the named ones.
#: Bare «منها» is not one: after a transfer verb it is "from it" (the base named before), and
#: "among them" only where nothing else can be meant; «ومنها» with «و» is.
BASES_PLURALS = ("قواعد", "معسكرات", "مواقع", "قاعدتين", "قاعدتان", "معسكرين", "معسكران")
INCLUDING_WORDS = ("من بينها", "بينها", "ومنها", "أبرزها", "أهمها", "بما فيها", "بما في ذلك", "آخرها", "وآخرها", "أحدثها", "أولها",
                   "هي", "هما")  # «ثلاث قواعد هي القائم والقيارة …»، «قاعدتين هما …»: all of them, named
#: Words that open where a base lies, between bases listed one after another ("قاعدة القيارة جنوب
#: الموصل ومعسكر التاجي"، "قاعدة التقدم في الحبانية ومعسكر التاجي").
PLACE_WORDS = ("في", "قرب", "شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي", "شرقي", "غربي", "وسط", "بمحافظة", "بمدينة")
#: Words before a base that make it where troops or things go, not the base a transfer verb acts
#: on ("نقلت معداتها إلى قاعدة عين الأسد"، "انسحبت القوات باتجاه قاعدة حرير").
DESTINATION_WORDS = ("إلى", "نحو", "باتجاه", "صوب")
#: Words that join bases named one after another as objects of one verb ("قاعدة القيارة ثم قاعدة
#: كي وان"، "قاعدة القائم ومعسكر التاجي"); «أو» offers a choice, not a list, and is not one.
BASE_LIST_JOINERS = ("و", "ثم", "،", ",", "وقبلها", "قبلها", "وبعدها", "بعدها", "وكذلك", "كذلك")
#: Relative pronouns: a clause that opens with one, or holds one between a base and a transfer
#: verb, says what was done to the base before it ("قاعدتي القائم والقيارة اللتين سلمتا"، "قاعدة
#: القائم، التي انسحبت منها القوات").
RELATIVE_PRONOUNS = ("التي", "الذي", "اللتين", "اللذين", "اللتان", "اللذان", "الذين", "اللواتي", "اللاتي")
#: A ceremony, and the verbs of its being held: a base before them and a verbal noun of handing
#: over is where the handover took place ("شهدت قاعدة القيارة مراسم تسليم"، "جرت في معسكر التاجي
#: مراسم تسليم واستلام").
CEREMONY_WORDS = ("مراسم", "مراسيم", "حفل", "احتفال", "احتفالا", "مراسم رسمية")
HELD_WORDS = ("جرى", "جرت", "تم", "تمت", "أقيمت", "أقيم", "رسمية")
#: Words that open a clause going on with the one before it: the same thing named again («وهي قاعدة
#: القيارة»، «أي …») or one more of a list («وقبلها قاعدة القيارة»، «ثم …»).
CLAUSE_GOES_ON = ("وهي", "وهو", "وهما", "هي", "هو", "أي", "وقبلها", "قبلها", "وبعدها", "بعدها", "ثم", "وكذلك", "كذلك")
#: Words of an attack: a base near one is where it struck, not a base a transfer verb in its
#: clause acts on ("غادرت القوات قاعدة القائم بعد هجوم صاروخي على قاعدة عين الأسد").
ATTACK_WORDS = (
    "هجوم", "الهجوم", "هجمات", "الهجمات", "قصف", "القصف", "استهداف", "استهدف", "استهدفت", "يستهدف", "تستهدف",
    "صاروخ", "صواريخ", "الصواريخ", "صاروخي", "صاروخية", "قذيفة", "قذائف", "تعرضت", "تعرض", "ضربة", "غارة",
)
#: Words that make a verbal noun of leaving after a number a time, not what the troops counted
#: do: "كان عددهم يناهز 5000 جندي قبل بدء الانسحاب" (they were there before the withdrawal began).
TIME_OF_WORDS = ("قبل", "بعد", "منذ", "عقب", "إثر", "اثر", "قبيل", "حتى", "لدى", "عند", "مع")
#: What may stand between such a word and the noun: its start or end («قبل بدء الانسحاب»).
TIME_OF_STAGES = ("بدء", "بداية", "انطلاق", "اكتمال", "انتهاء", "إتمام", "استكمال", "نهاية")
#: Part of the troops, between a verb of leaving and its base: troops leave the base, the base
#: is not handed over ("سحبت جزءا من قواتها من قاعدة عين الأسد"، "سحبت بعض قواتها من …").
PART_OF_WORDS = (
    "جزءا من", "جزء من", "جزءاً من", "قسما من", "قسماً من", "قسم من", "عددا من", "عدداً من", "عدد من",
    "بعض", "معظم", "غالبية", "أغلب", "نصف",
)
#: Only in part: a base left «جزئيا» is not handed over ("أخلت قاعدة عين الأسد جزئيا").
PARTLY_WORDS = ("جزئيا", "جزئياً", "بشكل جزئي", "بصورة جزئية")
#: Base words that may bring in a base the gazetteer does not list, by the name after them
#: ("قاعدة سبايكر"، "معسكر الصقر"): the singular, indefinite ones («القاعدة» is al-Qaeda or "the
#: base"; «مطار»، «مقر» are as often a town's airport or an office).
UNLISTED_BASE_WORDS = ("قاعدة", "معسكر")
#: Words after such a base word that are no name: whose base it is, what kind, how big or new, a
#: verb, particle or pronoun of a clause about it, a preposition, a time ("قاعدة التحالف"، "معسكر
#: تدريب"، "قاعدة بيانات"، "قاعدة تضم"، "قاعدة قد تعرضت"، "قاعدة في الأنبار"، "سلمت قاعدة أمس").
#: Adjectives that agree with the base word, and verbs, are found by their shape instead, and the
#: words of dates by the calendar's lists (gazetteer.may_be_name).
NOT_BASE_NAMES = (
    "التحالف", "تحالف", "القوات", "قوات", "الجيش", "جيش", "الجنود", "جنود", "الحشد", "الشرطة", "البيشمركة",
    "البشمركة", "الناتو", "الأمريكان", "الأميركان", "المارينز",
    "بيانات", "البيانات", "انطلاق", "الانطلاق", "تدريب", "التدريب", "اعتقال", "الاعتقال", "عمليات",
    "العمليات", "دعم", "الدعم", "إمداد", "الإمداد", "تموين", "لاجئين", "اللاجئين", "نازحين", "النازحين",
    "كبير", "صغير", "جديد", "قديم", "دائم", "مؤقت", "مشترك", "آخر", "ثان", "أول", "كبرى", "أخرى", "مهم",
    "ضخم", "واسع", "محصن", "قريب", "بعيد", "آمن", "مجاور", "سابق", "تابع", "واحد",
    "تضم", "يضم", "تستضيف", "يستضيف", "تقع", "يقع", "كانت", "كان", "توجد", "يوجد", "تتمركز", "يتمركز",
    "تتواجد", "يتواجد", "تستخدمها", "يستخدمها", "التي", "الذي", "هي", "هو", "أو", "لها", "له",
    "من", "إلى", "على", "عن", "مع", "ضمن", "لدى", "داخل", "خارج", "بالقرب", "حيث", "منذ", "بعد", "قبل",
    "أن", "إن", "ثم", "بين", "عند", "تحت", "فوق", "مثل", "أي", "كل", "بعض",
    "قد", "لقد", "سوف", "لن", "لم", "لا", "ما",
    "اليوم", "أمس", "غدا", "يوم", "الأسبوع", "الشهر", "العام", "السنة", "ليلة", "الليلة", "صباح", "مساء",
) + PLACE_WORDS
#: Words that open a place's name and need the word after them ("قاعدة الإمام علي"، "معسكر أبو
#: غريب"، "قاعدة الشهيد …"، "قاعدة تل …"): the name of an unlisted base that starts with one is two
#: words, whatever the second.
NAME_LEADS = ("الإمام", "الشهيد", "أبو", "ابو", "أم", "عين", "تل", "بئر", "رأس", "جبل", "سيدي")
#: Nouns of a site the coalition held, named not by a base's name but by where it lies ("سلمت
#: قوات التحالف مقرها في محافظة نينوى"، "انسحبت من قاعدتها في قضاء أبو غريب"، "الموقع الرابع
#: الكائن في نينوى"، "مواقعها العسكرية داخل القصور الرئاسية شمالي الموصل"): with the article or a
#: pronoun or neither; the place after them is looked up in the gazetteer's ``places_ar``.
SITE_NOUNS = ("موقع", "مواقع", "مقر", "مقرات", "قاعدة", "قواعد", "معسكر", "معسكرات", "مجمع", "القصور الرئاسية")
#: Words that bring in where a site lies; the place's name follows them, perhaps after a word of
#: its kind (PLACE_KINDS): "في قضاء أبو غريب"، "داخل … الموصل"، "بمحافظة نينوى".
PLACE_LEADS = ("في", "داخل", "ضمن", "بمحافظة", "بمدينة", "بقضاء", "بناحية", "بمنطقة")
PLACE_KINDS = ("محافظة", "مدينة", "قضاء", "ناحية", "منطقة", "بلدة")
#: Sides of a place: "شمالي الموصل" after a word that brings in where a site lies is the north
#: of the city ("داخل القصور الرئاسية شمالي الموصل"); with none it is as often north of it, and
#: «جنوب الموصل» is always outside it.
PLACE_SIDES = ("شمالي", "جنوبي", "شرقي", "غربي", "وسط")
#: The base named just before, when the text says only "the base".
BASE_ANAPHORS = ("القاعدة", "المعسكر", "القاعدة الجوية")
