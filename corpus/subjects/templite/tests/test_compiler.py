import pytest

from templite import Template, TemplateSyntaxError
from templite.nodes import For, If, Output, Text


def test_compiled_structure():
    nodes = Template("a{{ x }}{% if y %}b{% else %}c{% endif %}{% for i in z %}d{% endfor %}").nodes
    assert [type(node) for node in nodes] == [Text, Output, If, For]
    assert nodes[0] == Text("a")
    assert len(nodes[2].branches) == 1
    assert nodes[2].otherwise == (Text("c"),)
    assert nodes[3].targets == ("i",)
    assert nodes[3].body == (Text("d"),)


def test_elif_branches_are_compiled_in_order():
    node = Template("{% if a %}1{% elif b %}2{% elif c %}3{% endif %}").nodes[0]
    assert [body for _, body in node.branches] == [(Text("1"),), (Text("2"),), (Text("3"),)]
    assert node.otherwise == ()


@pytest.mark.parametrize(
    "source, message",
    [
        ("{% if x %}open", "line 1: unclosed 'if' block opened at line 1"),
        ("\n\n{% if x %}a{% else %}b", "line 3: unclosed 'if' block opened at line 3"),
        ("{% if x %}a{% elif y %}b", "line 1: unclosed 'if' block opened at line 1"),
        ("line\n{% for x in y %}", "line 2: unclosed 'for' block opened at line 2"),
        ("{% for x in y %}{% else %}", "line 1: unclosed 'for' block opened at line 1"),
        ("{% for x in y %}{% if x %}{% endfor %}", "line 1: unexpected 'endfor'"),
        ("{% endif %}", "line 1: unexpected 'endif'"),
        ("a\n{% else %}", "line 2: unexpected 'else'"),
        ("{% elif x %}", "line 1: unexpected 'elif'"),
        ("{% endfor %}", "line 1: unexpected 'endfor'"),
        ("{% include 'x' %}", "line 1: unknown tag 'include'"),
        ("{% %}", "line 1: unknown tag ''"),
        ("{% if x %}{% endif x %}", "line 1: 'endif' takes no arguments"),
        ("{% if x %}{% else y %}{% endif %}", "line 1: 'else' takes no arguments"),
        ("{% if x %}{% else %}{% endif y %}", "line 1: 'endif' takes no arguments"),
        ("{% for x in y %}{% else z %}{% endfor %}", "line 1: 'else' takes no arguments"),
        ("{% for x in y %}{% endfor y %}", "line 1: 'endfor' takes no arguments"),
        ("{% for x y %}{% endfor %}", "line 1: expected 'for name in expression'"),
        ("{% for 1 in y %}{% endfor %}", "line 1: expected 'for name in expression'"),
        ("{% for loop in y %}{% endfor %}", "line 1: invalid loop variable names: loop"),
        ("{% for a, a in y %}{% endfor %}", "line 1: invalid loop variable names: a, a"),
        ("{% if %}{% endif %}", "line 1: empty expression"),
        ("{% if a %}{% elif %}{% endif %}", "line 1: empty expression"),
        ("{{ }}", "line 1: empty expression"),
        ("x\n{{ a|bogus }}", "line 2: unknown filter 'bogus'"),
    ],
)
def test_syntax_errors(source, message):
    with pytest.raises(TemplateSyntaxError) as info:
        Template(source)
    assert str(info.value) == message
