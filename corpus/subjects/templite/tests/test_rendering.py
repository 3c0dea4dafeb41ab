from collections import OrderedDict

import pytest

from templite import Markup, Template, TemplateRuntimeError, UndefinedError, escape, render


def test_plain_text_round_trips():
    assert render("no tags here\n") == "no tags here\n"


def test_variables_and_attributes(render_text, user):
    assert render_text("{{ user.name }} is {{ user.age }}", user=user) == "Ada is 36"


def test_context_mapping_and_keywords_merge():
    template = Template("{{ a }}{{ b }}")
    assert template.render({"a": 1, "b": 2}, b=3) == "13"
    assert template.render() == ""


def test_none_renders_empty(render_text):
    assert render_text("[{{ x }}]", x=None) == "[]"


def test_autoescape_on_by_default(render_text):
    assert render_text("{{ x }}", x='<a href="q">&\'') == "&lt;a href=&#34;q&#34;&gt;&amp;&#39;"


def test_autoescape_can_be_disabled():
    assert Template("{{ x }}", autoescape=False).render(x="<b>") == "<b>"


def test_markup_values_are_not_escaped(render_text):
    assert render_text("{{ x }}", x=Markup("<br>")) == "<br>"


def test_text_outside_tags_is_never_escaped(render_text):
    assert render_text("<p>{{ x }}</p>", x="&") == "<p>&amp;</p>"


def test_escape_helper():
    assert escape("<") == Markup("&lt;")
    assert repr(escape("<")) == "Markup('&lt;')"
    assert escape(5) == "5"


def test_comments_render_nothing(render_text):
    assert render_text("a{# {{ hidden }} #}b") == "ab"


@pytest.mark.parametrize(
    "value, expected",
    [(5, "big"), (1, "one"), (0, "zero"), (-3, "negative")],
)
def test_if_elif_else(render_text, value, expected):
    source = "{% if n > 1 %}big{% elif n == 1 %}one{% elif n == 0 %}zero{% else %}negative{% endif %}"
    assert render_text(source, n=value) == expected


def test_if_without_else(render_text):
    assert render_text("[{% if flag %}on{% endif %}]", flag=False) == "[]"
    assert render_text("[{% if flag %}on{% endif %}]", flag=True) == "[on]"


def test_if_on_undefined_is_false_even_when_strict():
    assert Template("{% if nope %}x{% else %}y{% endif %}", strict=True).render() == "y"


def test_for_loop_with_loop_variables(render_text):
    source = "{% for x in xs %}{{ loop.index }}/{{ loop.index0 }}/{{ loop.length }}:{{ x }}{% if loop.first %}F{% endif %}{% if loop.last %}L{% endif %};{% endfor %}"
    assert render_text(source, xs=["a", "b", "c"]) == "1/0/3:aF;2/1/3:b;3/2/3:cL;"


def test_for_single_item_is_first_and_last(render_text):
    assert render_text("{% for x in xs %}{{ loop.first }}{{ loop.last }}{% endfor %}", xs=[1]) == "TrueTrue"


def test_for_else_on_empty(render_text):
    source = "{% for x in xs %}{{ x }}{% else %}empty{% endfor %}"
    assert render_text(source, xs=[]) == "empty"
    assert render_text(source) == "empty"
    assert render_text(source, xs=(1, 2)) == "12"


def test_nested_loops_shadow_and_restore_loop(render_text):
    source = "{% for row in rows %}{% for c in row %}{{ loop.index }}{% endfor %}-{{ loop.index }} {% endfor %}{{ loop }}"
    assert render_text(source, rows=[[7, 8], [9]]) == "12-1 1-2 "


def test_loop_variable_does_not_leak(render_text):
    assert render_text("{% for x in xs %}{% endfor %}[{{ x }}]", xs=[1, 2], x="outer") == "[outer]"


def test_for_over_mapping(render_text):
    data = OrderedDict([("a", 1), ("b", 2)])
    assert render_text("{% for k in d %}{{ k }}{% endfor %}", d=data) == "ab"
    assert render_text("{% for k, v in d %}{{ k }}={{ v }};{% endfor %}", d=data) == "a=1;b=2;"


def test_for_unpacks_pairs(render_text):
    assert render_text("{% for a, b in pairs %}{{ b }}{{ a }}{% endfor %}", pairs=[(1, 2), (3, 4)]) == "2143"


def test_for_over_string_iterates_characters(render_text):
    assert render_text("{% for c in s %}{{ c }}.{% endfor %}", s="ab") == "a.b."


@pytest.mark.parametrize(
    "source, context, message",
    [
        ("{% for x in n %}{% endfor %}", {"n": 5}, "line 1: int is not iterable"),
        ("\n{% for a, b in xs %}{% endfor %}", {"xs": [1]}, "line 2: cannot unpack 1 into 2 names"),
        ("{% for a, b in xs %}{% endfor %}", {"xs": ["abc"]}, "line 1: cannot unpack 'abc' into 2 names"),
    ],
)
def test_for_runtime_errors(source, context, message):
    with pytest.raises(TemplateRuntimeError) as info:
        Template(source).render(context)
    assert str(info.value) == message


def test_strict_mode_rejects_undefined_output():
    template = Template("a\n{{ user.name }}", strict=True)
    with pytest.raises(UndefinedError, match="line 2: 'user.name' is undefined"):
        template.render()
    assert template.render(user={"name": "x"}) == "a\nx"


def test_strict_mode_rejects_undefined_loop():
    with pytest.raises(UndefinedError, match="line 1: 'items' is undefined"):
        Template("{% for i in items %}{% endfor %}", strict=True).render()


def test_strict_mode_allows_default_filter():
    assert Template("{{ x|default('d') }}", strict=True).render() == "d"


def test_whitespace_control_in_loops(render_text):
    source = "<ul>\n{%- for x in xs %}\n  <li>{{ x }}</li>\n{%- endfor %}\n</ul>"
    assert render_text(source, xs=[1, 2]) == "<ul>\n  <li>1</li>\n  <li>2</li>\n</ul>"


def test_template_is_reusable_and_keeps_nodes():
    template = Template("{{ n }}")
    assert [template.render(n=i) for i in range(3)] == ["0", "1", "2"]
    assert len(template.nodes) == 1


def test_template_rejects_non_string_source():
    with pytest.raises(TypeError, match="template source must be str, got bytes"):
        Template(b"{{ x }}")
