import pytest

from tinylisp.datatypes import Lambda, Primitive, Symbol, type_name
from tinylisp.environment import Environment
from tinylisp.errors import ArityError, LispError, LispTypeError


@pytest.mark.parametrize(
    "source, expected",
    [
        ("(+)", "0"),
        ("(+ 1 2 3)", "6"),
        ("(+ 1 2.5)", "3.5"),
        ("(- 5)", "-5"),
        ("(- 10 3 2)", "5"),
        ("(*)", "1"),
        ("(* 2 3 4)", "24"),
        ("(/ 2)", "0.5"),
        ("(/ 8 2)", "4"),
        ("(/ 7 2)", "3.5"),
        ("(/ 12 2 3)", "2"),
        ("(/ 9.0 3)", "3.0"),
        ("(modulo 7 3)", "1"),
        ("(modulo -7 3)", "2"),
        ("(modulo 7 -3)", "-2"),
        ("(= 1 1 1)", "#t"),
        ("(= 1 1 2)", "#f"),
        ("(< 1 2 3)", "#t"),
        ("(< 1 3 2)", "#f"),
        ("(> 3 2 1)", "#t"),
        ("(<= 1 1 2)", "#t"),
        ("(>= 2 2 3)", "#f"),
        ("(< 5)", "#t"),
        ("(not #f)", "#t"),
        ("(not 0)", "#f"),
        ("(car '(1 2 3))", "1"),
        ("(cdr '(1 2 3))", "(2 3)"),
        ("(cdr '(1))", "()"),
        ("(cons 0 '(1 2))", "(0 1 2)"),
        ("(list 1 (+ 1 1) 'x)", "(1 2 x)"),
        ("(list)", "()"),
        ("(length '(a b c))", "3"),
        ("(append '(1) '() '(2 3))", "(1 2 3)"),
        ("(append)", "()"),
        ("(list-ref '(a b c) 2)", "c"),
        ("(list-ref '(a b c) 0)", "a"),
        ("(eq? 'a 'a)", "#t"),
        ("(eq? 1 1.0)", "#f"),
        ("(eq? '(1) '(1))", "#f"),
        ("(equal? '(1 (2 \"x\")) '(1 (2 \"x\")))", "#t"),
        ("(equal? '(1 2) '(1 2 3))", "#f"),
        ("(equal? '(1 2) '(1 3))", "#f"),
        ("(equal? \"a\" 'a)", "#f"),
        ("(null? '())", "#t"),
        ("(null? '(1))", "#f"),
        ("(pair? '(1))", "#t"),
        ("(pair? '())", "#f"),
        ("(list? '())", "#t"),
        ("(number? 1.5)", "#t"),
        ("(number? #t)", "#f"),
        ("(symbol? 'a)", "#t"),
        ("(symbol? \"a\")", "#f"),
        ("(string? \"a\")", "#t"),
        ("(string? 'a)", "#f"),
        ("(boolean? #f)", "#t"),
        ("(procedure? car)", "#t"),
        ("(procedure? (lambda () 1))", "#t"),
        ("(procedure? 'car)", "#f"),
        ("(map (lambda (x) (* x x)) '(1 2 3))", "(1 4 9)"),
        ("(map car '((1 2) (3 4)))", "(1 3)"),
        ("(filter (lambda (x) (> x 1)) '(0 1 2 3))", "(2 3)"),
        ("(filter number? '())", "()"),
    ],
)
def test_primitive_results(run, source, expected):
    assert run(source) == expected


def test_eq_on_same_list_object(interp):
    assert interp.run("(define xs '(1 2)) (eq? xs xs)") is True


def test_cons_does_not_mutate_tail(interp):
    assert interp.run("(define xs '(2)) (cons 1 xs) xs") == [2]


@pytest.mark.parametrize(
    "source, error, message",
    [
        ("(+ 1 'a)", LispTypeError, "+: expected number, got symbol"),
        ("(- \"s\")", LispTypeError, "-: expected number, got string"),
        ("(* 2 #t)", LispTypeError, "*: expected number, got boolean"),
        ("(/ 1 '())", LispTypeError, "/: expected number, got list"),
        ("(< 1 car)", LispTypeError, "<: expected number, got procedure"),
        ("(/ 1 0)", LispError, "/: division by zero"),
        ("(/ 0)", LispError, "/: division by zero"),
        ("(modulo 1 0)", LispError, "modulo: division by zero"),
        ("(modulo 1.5 1)", LispTypeError, "modulo: expected integer, got number"),
        ("(car '())", LispError, "car: empty list"),
        ("(cdr '())", LispError, "cdr: empty list"),
        ("(car 5)", LispTypeError, "car: expected list, got number"),
        ("(cdr 5)", LispTypeError, "cdr: expected list, got number"),
        ("(cons 1 2)", LispTypeError, "cons: expected list, got number"),
        ("(length 'a)", LispTypeError, "length: expected list, got symbol"),
        ("(append '(1) 2)", LispTypeError, "append: expected list, got number"),
        ("(list-ref '(1) 1)", LispError, "list-ref: index 1 out of range for list of length 1"),
        ("(list-ref '(1) -1)", LispError, "list-ref: index -1 out of range for list of length 1"),
        ("(list-ref '(1) #t)", LispTypeError, "list-ref: expected integer, got boolean"),
        ("(map car 5)", LispTypeError, "map: expected list, got number"),
        ("(filter car 5)", LispTypeError, "filter: expected list, got number"),
        ("(map 5 '(1))", LispError, "not a procedure: 5"),
        ("(car)", ArityError, "car: expected 1 argument(s), got 0"),
        ("(-)", ArityError, "-: expected at least 1 argument(s), got 0"),
        ("(eq? 1)", ArityError, "eq?: expected 2 argument(s), got 1"),
        ("(not 1 2)", ArityError, "not: expected 1 argument(s), got 2"),
    ],
)
def test_primitive_errors(interp, source, error, message):
    with pytest.raises(error) as info:
        interp.run(source)
    assert type(info.value) is error
    assert str(info.value) == message


def test_primitive_arity_range_message():
    spec = Primitive("f", len, 1, 3)
    assert spec.arity_message(2) is None
    assert spec.arity_message(4) == "f: expected 1 to 3 argument(s), got 4"


def test_apply_method_runs_lambda_body(interp):
    procedure = interp.run("(lambda (x) (define y (* x 2)) (+ y 1))")
    assert interp.apply(procedure, [4]) == 9


def test_apply_method_rejects_non_procedure(interp):
    with pytest.raises(LispError, match="not a procedure: 3"):
        interp.apply(3, [])


@pytest.mark.parametrize(
    "value, expected",
    [
        (True, "boolean"),
        (3, "number"),
        (Symbol("a"), "symbol"),
        ("a", "string"),
        ([], "list"),
        (Lambda([], None, [], Environment()), "procedure"),
        (None, "NoneType"),
    ],
)
def test_type_name(value, expected):
    assert type_name(value) == expected
