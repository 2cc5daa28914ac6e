"""Stage 2: the events each article states, one record per event and sentence.

Pure functions from a sentence (and what came before it in its article) to records:

* ``base_transfer``: a transfer verb or noun (سلّم، تسلّم، انسحب، سحب، غادر، أخلى، نقل …) and the
  bases it acts on across its clause. Bases are recognised generously: a gazetteer name however
  spelled («K 1»، «أبوغريب»، «قاعدة " القيارة"»), a base the gazetteer does not list after
  «قاعدة»/«معسكر», a site named by where it lies («مقرها في محافظة نينوى»), a town after «من» of a
  verb of withdrawing («انسحبت من القائم»). The relation is decided over the clause and the
  clauses that go on with it: the base right after the verb or its «من», those listed after it
  («وقبلها قاعدة القيارة»), a base before it through a relative pronoun («قاعدتي القائم والقيارة
  اللتين سلمتا»), the base a pronoun or «القاعدة» points back to, and where the verb took none the
  first base after it however far («… أكبر معسكر للتدريب، وهو معسكر بسماية»); then reasons take a
  base out (below). A base that comes under the Iraqi side's control («أصبحت … تحت سيطرة القوات
  العراقية»), is given back to it («أعادت … الموقع … إلى القوات العراقية»), or where troops end
  their presence («أنهى التحالف وجوده في قاعدة …») is handed over too;
* ``troop_withdrawal`` / ``troop_presence`` / ``casualties``: a number that counts troops
  (its noun is a troop noun, a nationality standing for one, or «وهم نحو ثلاثين» after one),
  typed by the verb near it: killing, leaving, or neither (a standing figure); the killed broken
  into parts («ثلاثة جنود، هم أمريكيان وبريطاني») are counted by their parts, each of its side;
* ``mission_change``: the end of the combat mission (an end word and a combat word in one clause,
  or the combat troops leaving: «مغادرة جميع قواته القتالية»، «انسحاب القوات المقاتلة»), and an
  agreement that plans it, on the day it was made (``force`` "agreement").

Status comes from the verb's tense and the modality of its clause: the future prefix س، «سوف»,
«قد» + imperfect and words of plans make it ``planned``; an imperfect verb or «ما زال» make it
``ongoing``; otherwise ``completed``, unless its date lies after the publication day or is a
deadline not yet passed (a verbal noun has no tense of its own): then ``planned``; but a verb
plainly in the past («انسحبت»، not «خفض», which is also the noun), or a verbal noun after a verb
of finishing («اكتمل خفض القوات»), before a deadline to come is done. Standing
figures are ``reported``, or ``planned`` with a verb of a state to come or a date to come in their
clause; a number after «إلى» with a verb of leaving or cutting is the level the troops are brought
to (with no noun of its own when the troops cut are named before it: «خفضت عدد جنودها إلى 3000»),
a standing figure too (``planned`` until the cut is done), and in «من N إلى M» the first number
is the level they were at; a number after «بـ» with a verb of cutting earlier in its clause is
the amount cut.

What is not an event (the filters, :mod:`~helpers.extract.filters`, and the reasons a base of a
verb's clause is not its object): a transfer whose subject is a convoy (supplies on the move), or
the Iraqi side or another force; a base where troops or things go («إلى قاعدة …»), that something
strikes («هجوم صاروخي على قاعدة …»), or that troops counted leave in part («سحب 100 جندي من
قاعدة …»); troops named Iraqi or of another force, or placed in another country; a need for
combat troops («لم يعد بحاجة إلى قوات قتالية»); and anything a negation or denial governs («نفى …
أن تكون القوات قد انسحبت»), a condition or question holds («إذا انسحبت …»، «هل تنسحب …؟»), or
someone demands («طالب بانسحاب …»).

All matching runs on the folded copy of each sentence (:mod:`helpers.normalize`); every record
keeps the sentence and the character span of its evidence in the original article.

The sub-package follows the steps every event goes through, so that where a kind of event is
decided is found in one place:

* :mod:`~helpers.extract.words` and :mod:`~helpers.extract.sentence`: what is recognised (the
  words, and in each sentence its clauses, dates, numbers, bases and transfer words);
* :mod:`~helpers.extract.relate`: relations every kind shares;
* :mod:`~helpers.extract.filters`: what takes a candidate out;
* :mod:`~helpers.extract.timing`: how status and date are set;
* :mod:`~helpers.extract.transfers`, :mod:`~helpers.extract.figures`,
  :mod:`~helpers.extract.mission`: where each kind of event is decided.
"""

from __future__ import annotations

import datetime as dt

from helpers.extract.figures import figures
from helpers.extract.filters import is_history
from helpers.extract.mission import mission_changes, role_shifts
from helpers.extract.records import Mention
from helpers.extract.sentence import prepare
from helpers.extract.words import is_troop_noun, nationality_of_word
from helpers.extract.transfers import transfers

__all__ = ["Mention", "extract_document", "is_troop_noun", "nationality_of_word", "prepare"]


def extract_document(doc_id: str, sentences, anchor: dt.date | None) -> list[Mention]:
    """Every event a document states, sentence by sentence.

    ``sentences`` are (text, start offset in the article) of its body and quote sentences, in
    order; ``anchor`` is its publication date (None when unknown). What the article recalls from
    years before is background, not news (:func:`~helpers.extract.filters.is_history`).
    """
    out: list[Mention] = []
    last_base = ""
    for s in prepare(sentences, anchor):
        found, last_base = transfers(s, doc_id, anchor, last_base)
        out += found
        out += figures(s, doc_id, anchor)
        out += mission_changes(s, doc_id, anchor) or role_shifts(s, doc_id, anchor)
    return [m for m in out if not is_history(m, anchor)]
