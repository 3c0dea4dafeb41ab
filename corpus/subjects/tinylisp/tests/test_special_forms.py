import pytest

from tinylisp.datatypes import Lambda
from tinylisp.errors import ArityError, FormError, LispError, UnboundSymbolError


@pytest.mark.parametrize(
    "source, expected",
    [
        ("'x", "x"),
        ("(quote (1 2))", "(1 2)"),
        ("(if #t 1 2)", "1"),
        ("(if #f 1 2)", "2"),
        ("(if 0 'zero 'other)", "zero"),
        ("(if '() 'empty 'other)", "empty"),
        ("(if #f 1)", "()"),
        ("(begin)", "()"),
        ("(begin 1 2 3)", "3"),
        ("(let ((a 1) (b 2)) (+ a b))", "3"),
        ("(let () 5)", "5"),
        ("(and)", "#t"),
        ("(or)", "#f"),
        ("(and 1 2 3)", "3"),
        ("(and 1 #f (car '()))", "#f"),
        ("(or #f 2 (car '()))", "2"),
        ("(or #f #f)", "#f"),
        ("()", "()"),
        ('"text"', '"text"'),
        ("((lambda (x y) (* x y)) 6 7)", "42"),
        ("((lambda args args) 1 2 3)", "(1 2 3)"),
        ("((lambda (a . rest) (list a rest)) 1 2 3)", "(1 (2 3))"),
        ("((lambda (a . rest) rest) 1)", "()"),
    ],
)
def test_forms(run, source, expected):
    assert run(source) == expected


def test_define_returns_symbol_and_binds(interp):
    assert interp.run_to_string("(define x 10)") == "x"
    assert interp.run("(+ x 1)") == 11


def test_define_procedure_shorthand(interp):
    interp.run("(define (square n) (* n n))")
    assert interp.run("(square 9)") == 81
    assert interp.run_to_string("square") == "#<lambda square>"


def test_define_names_anonymous_lambda(interp):
    interp.run("(define inc (lambda (n) (+ n 1)))")
    assert interp.global_env.lookup("inc").name == "inc"


def test_define_keeps_existing_lambda_name(interp):
    interp.run("(define (f) 1) (define g f)")
    assert interp.global_env.lookup("g").name == "f"


def test_let_evaluates_inits_in_outer_scope(interp):
    assert interp.run("(define a 1) (let ((a 2) (b a)) (list a b))") == [2, 1]


def test_let_body_with_several_statements(interp):
    assert interp.run("(define n 0) (let ((k 5)) (set! n k) (* n 2))") == 10
    assert interp.run("n") == 5


def test_set_updates_enclosing_binding(interp):
    source = """
    (define (make-counter)
      (let ((count 0))
        (lambda () (set! count (+ count 1)) count)))
    (define c (make-counter))
    (c) (c)
    (c)
    """
    assert interp.run(source) == 3


def test_closures_capture_lexical_scope(interp):
    source = """
    (define (adder n) (lambda (x) (+ x n)))
    (define add5 (adder 5))
    (define n 100)
    (add5 1)
    """
    assert interp.run(source) == 6


def test_lambda_body_runs_all_statements(interp):
    assert interp.run("(define log '()) ((lambda () (set! log (cons 1 log)) (set! log (cons 2 log)) log))") == [2, 1]


def test_tail_recursion_does_not_grow_stack(interp):
    source = """
    (define (count-down n acc)
      (if (= n 0) acc (count-down (- n 1) (+ acc 1))))
    (count-down 5000 0)
    """
    assert interp.run(source) == 5000


def test_recursive_factorial(interp):
    interp.run("(define (fact n) (if (<= n 1) 1 (* n (fact (- n 1)))))")
    assert interp.run("(fact 20)") == 2432902008176640000


def test_run_of_empty_source_returns_nil(interp):
    assert interp.run("") == []


@pytest.mark.parametrize(
    "source, message",
    [
        ("(quote)", "bad syntax: expected (quote datum)"),
        ("(quote 1 2)", "bad syntax: expected (quote datum)"),
        ("(if 1)", "bad syntax: expected (if test then [else])"),
        ("(if 1 2 3 4)", "bad syntax: expected (if test then [else])"),
        ("(define x)", "bad syntax: expected (define name value) or (define (name params...) body...)"),
        ("(define x 1 2)", "bad syntax: expected (define name value)"),
        ("(define 5 1)", "define: cannot define 5"),
        ("(define (5 a) 1)", "define: procedure name must be a symbol"),
        ("(define () 1)", "define: procedure name must be a symbol"),
        ("(set! 1 2)", "set!: target must be a symbol"),
        ("(set! x)", "bad syntax: expected (set! name value)"),
        ("(lambda (x))", "bad syntax: expected (lambda params body...)"),
        ("(lambda 5 1)", "lambda parameters must be a list or symbol, got number"),
        ("(lambda (x 1) x)", "parameter must be a symbol, got 1"),
        ("(lambda (x x) x)", "duplicate parameter name"),
        ("(lambda (a . b c) a)", "'.' must be followed by exactly one rest parameter"),
        ("(lambda (a .) a)", "'.' must be followed by exactly one rest parameter"),
        ("(let x 1)", "let: bindings must be a list"),
        ("(let ((x)) x)", "let: malformed binding (x)"),
        ("(let ((1 2)) 1)", "let: malformed binding (1 2)"),
        ("(let ((a 1) (a 2)) a)", "let: duplicate name a"),
        ("(let ((a 1)))", "bad syntax: expected (let ((name value)...) body...)"),
    ],
)
def test_form_errors(interp, source, message):
    with pytest.raises(FormError) as info:
        interp.run(source)
    assert str(info.value) == message


def test_unbound_symbol(interp):
    with pytest.raises(UnboundSymbolError, match="unbound symbol: missing"):
        interp.run("(+ 1 missing)")


def test_set_of_unbound_symbol(interp):
    with pytest.raises(UnboundSymbolError):
        interp.run("(set! ghost 1)")


def test_calling_non_procedure(interp):
    with pytest.raises(LispError, match=r'not a procedure: "str"'):
        interp.run('("str" 1)')


@pytest.mark.parametrize(
    "source, message",
    [
        ("((lambda (a b) a) 1)", "lambda: expected 2 argument(s), got 1"),
        ("(define (f a) a) (f 1 2)", "f: expected 1 argument(s), got 2"),
        ("((lambda (a . r) a))", "lambda: expected at least 1 argument(s), got 0"),
    ],
)
def test_lambda_arity(interp, source, message):
    with pytest.raises(ArityError) as info:
        interp.run(source)
    assert str(info.value) == message


def test_names_starting_with_form_names_are_ordinary(interp):
    interp.run("(define (if-then a) a)")
    assert isinstance(interp.global_env.lookup("if-then"), Lambda)
    assert interp.run("(if-then 3)") == 3
