import pytest

from prioq import DuplicateItemError, EmptyQueueError, ItemNotFoundError, PriorityQueue


def test_pop_order_is_stable(tasks):
    assert [tasks.pop() for _ in range(5)] == ["test", "plan", "write", "review", "deploy"]
    assert not tasks


def test_iteration_does_not_consume(tasks):
    assert list(tasks) == ["test", "plan", "write", "review", "deploy"]
    assert len(tasks) == 5
    assert tasks.peek() == "test"


def test_items(tasks):
    assert tasks.items() == [("test", 1), ("plan", 2), ("write", 3), ("review", 3), ("deploy", 5)]


def test_peek_and_priority(tasks):
    assert tasks.peek() == "test"
    assert tasks.peek_priority() == 1
    assert tasks.priority("deploy") == 5


def test_pop_with_priority(tasks):
    assert tasks.pop_with_priority() == ("test", 1)
    assert "test" not in tasks
    assert "plan" in tasks


def test_duplicate_push_rejected(tasks):
    with pytest.raises(DuplicateItemError):
        tasks.push("write", 0)
    assert len(tasks) == 5


def test_empty_queue_errors():
    queue = PriorityQueue()
    with pytest.raises(EmptyQueueError):
        queue.pop()
    with pytest.raises(EmptyQueueError):
        queue.peek()
    with pytest.raises(IndexError):
        queue.peek_priority()


def test_unknown_item_errors(tasks):
    with pytest.raises(ItemNotFoundError):
        tasks.priority("sleep")
    with pytest.raises(KeyError):
        tasks.remove("sleep")


@pytest.mark.parametrize("bad", [None, float("nan")])
def test_invalid_priority(bad):
    queue = PriorityQueue()
    with pytest.raises((TypeError, ValueError)):
        queue.push("x", bad)
    assert len(queue) == 0


def test_max_queue_order(max_queue):
    assert list(max_queue.drain()) == [("b", 9), ("d", 9), ("c", 4), ("a", 1)]
    assert max_queue.largest_first


def test_heapify_matches_pushes():
    pairs = [(f"k{i}", (i * 7) % 11) for i in range(20)]
    built = PriorityQueue.heapify(pairs)
    pushed = PriorityQueue()
    for item, priority in pairs:
        pushed.push(item, priority)
    assert built.items() == pushed.items()
    assert [p for _, p in built.drain()] == sorted(p for _, p in pairs)


def test_heapify_rejects_duplicates():
    with pytest.raises(DuplicateItemError):
        PriorityQueue.heapify([("a", 1), ("a", 2)])


def test_remove_from_middle(tasks):
    assert tasks.remove("write") == 3
    assert list(tasks) == ["test", "plan", "review", "deploy"]
    assert tasks.remove("deploy") == 5
    assert tasks.remove("test") == 1
    assert list(tasks) == ["plan", "review"]


def test_remove_requires_sift_up():
    queue = PriorityQueue.heapify([("a", 1), ("b", 10), ("c", 2), ("d", 11), ("e", 12), ("f", 3), ("g", 4)])
    queue.remove("d")
    assert list(queue.drain()) == [("a", 1), ("c", 2), ("f", 3), ("g", 4), ("b", 10), ("e", 12)]


def test_clear(tasks):
    tasks.clear()
    assert len(tasks) == 0
    tasks.push("write", 1)
    assert tasks.peek() == "write"


def test_repr(tasks, max_queue):
    assert repr(tasks) == "PriorityQueue(min, size=5)"
    assert repr(max_queue) == "PriorityQueue(max, size=4)"


def test_pushpop_new_item_first(tasks):
    assert tasks.pushpop("urgent", 0) == ("urgent", 0)
    assert len(tasks) == 5


def test_pushpop_equal_priority_keeps_old_first(tasks):
    assert tasks.pushpop("also", 1) == ("test", 1)
    assert tasks.peek() == "also"


def test_pushpop_replaces_top(tasks):
    assert tasks.pushpop("later", 4) == ("test", 1)
    assert list(tasks) == ["plan", "write", "review", "later", "deploy"]


def test_pushpop_empty_and_duplicate(tasks):
    assert PriorityQueue().pushpop("x", 3) == ("x", 3)
    with pytest.raises(DuplicateItemError):
        tasks.pushpop("plan", 0)


def test_many_random_operations_stay_sorted():
    queue = PriorityQueue()
    values = [(i * 37) % 101 for i in range(60)]
    for index, value in enumerate(values):
        queue.push(index, value)
    for index in range(0, 60, 3):
        queue.update(index, values[index] - 50)
    popped = [priority for _, priority in queue.drain()]
    assert popped == sorted(popped)
    assert len(popped) == 60


def test_pushpop_tracks_position_of_new_item(tasks):
    assert tasks.pushpop("mid", 1.5) == ("test", 1)
    assert tasks.priority("mid") == 1.5
    assert tasks.remove("mid") == 1.5
    assert list(tasks) == ["plan", "write", "review", "deploy"]


@pytest.mark.parametrize("bad", [None, float("nan")])
def test_invalid_priority_in_updates(tasks, bad):
    with pytest.raises((TypeError, ValueError)):
        tasks.pushpop("x", bad)
    with pytest.raises((TypeError, ValueError)):
        tasks.decrease_key("deploy", bad)
    with pytest.raises((TypeError, ValueError)):
        tasks.increase_key("test", bad)
    assert tasks.items() == [("test", 1), ("plan", 2), ("write", 3), ("review", 3), ("deploy", 5)]


def test_single_item_views():
    queue = PriorityQueue([("only", 4)])
    assert list(queue) == ["only"]
    assert queue.items() == [("only", 4)]


@pytest.mark.parametrize("seed", [3, 17, 2024])
def test_matches_reference_model(seed):
    import random

    rng = random.Random(seed)
    queue = PriorityQueue()
    reference = {}
    counter = 0
    for step in range(400):
        action = rng.random()
        if action < 0.45 or not reference:
            item = f"i{counter}"
            counter += 1
            priority = rng.randint(0, 30)
            queue.push(item, priority)
            reference[item] = (priority, counter)
        elif action < 0.6:
            item = rng.choice(sorted(reference))
            priority = rng.randint(0, 30)
            queue.update(item, priority)
            reference[item] = (priority, reference[item][1])
        elif action < 0.75:
            item = rng.choice(sorted(reference))
            assert queue.remove(item) == reference.pop(item)[0]
        else:
            expected = min(reference, key=lambda name: reference[name])
            assert queue.pop() == expected
            del reference[expected]
        if reference:
            best = min(reference, key=lambda name: reference[name])
            assert queue.peek() == best
            assert queue.peek_priority() == reference[best][0]
        assert len(queue) == len(reference)


def test_heapify_descending_input():
    queue = PriorityQueue.heapify([("a", 5), ("b", 4), ("c", 3), ("d", 2), ("e", 1)])
    assert queue.peek() == "e"
    assert [queue.pop() for _ in range(5)] == ["e", "d", "c", "b", "a"]


def test_remove_second_to_last_restores_heap_order():
    queue = PriorityQueue.heapify([("a", 1), ("b", 5), ("c", 2), ("d", 6), ("e", 7), ("f", 3)])
    queue.remove("e")
    queue.push("g", 8)
    queue.push("h", 9)
    assert [priority for _, priority in queue.drain()] == [1, 2, 3, 5, 6, 8, 9]
