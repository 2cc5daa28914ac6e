"""Saved web pages: the article's text, without the page around it."""

from __future__ import annotations

from helpers.htmltext import html_to_text, looks_like_html


def test_article_element_wins_over_the_rest_of_the_body():
    page = "<body><div>قائمة</div><article><p>الفقرة الأولى.</p><p>الفقرة &amp; الثانية.</p></article><div>إعلان</div></body>"
    assert html_to_text(page) == "الفقرة الأولى.\n\nالفقرة & الثانية.\n"


def test_scripts_styles_navigation_sidebars_and_captions_are_dropped():
    page = (
        "<html><head><style>p{}</style></head><body><header>شعار</header><nav>أخبار رياضة</nav>"
        "<p>نص الخبر<br>سطر ثان</p><figure><img src=x><figcaption>صورة أرشيفية</figcaption></figure>"
        "<script>document.write('x')</script><aside>الأكثر قراءة</aside><footer>حقوق</footer></body></html>"
    )
    assert html_to_text(page) == "نص الخبر\n\nسطر ثان\n"


def test_main_is_used_when_there_is_no_article():
    assert html_to_text("<body><div>جانبي</div><main><p>المتن</p></main></body>") == "المتن\n"


def test_what_looks_like_html():
    assert looks_like_html("<!doctype html><p>x</p>")
    assert looks_like_html("<div class='a'>نص</div>")
    assert not looks_like_html("قال إن العدد < 500 و > 100 جندي.")
    assert not looks_like_html("نص عادي بلا وسوم")
