import pytest

from prioq import DuplicateItemError, PriorityDirectionError, PriorityQueue, PriorityQueueError


def test_decrease_key_moves_forward(tasks):
    tasks.decrease_key("deploy", 0)
    assert tasks.peek() == "deploy"
    assert tasks.priority("deploy") == 0


def test_decrease_key_to_tie_keeps_insertion_order(tasks):
    tasks.decrease_key("deploy", 3)
    assert list(tasks) == ["test", "plan", "write", "deploy", "review"]


def test_decrease_key_same_priority_allowed(tasks):
    tasks.decrease_key("write", 3)
    assert tasks.items()[2] == ("write", 3)


def test_decrease_key_rejects_worse(tasks):
    with pytest.raises(PriorityDirectionError):
        tasks.decrease_key("test", 2)
    assert tasks.priority("test") == 1


def test_increase_key_moves_back(tasks):
    tasks.increase_key("test", 4)
    assert list(tasks) == ["plan", "write", "review", "test", "deploy"]


def test_increase_key_rejects_better(tasks):
    with pytest.raises(PriorityDirectionError):
        tasks.increase_key("deploy", 4)


def test_decrease_key_on_max_queue(max_queue):
    max_queue.decrease_key("a", 10)
    assert max_queue.peek() == "a"
    with pytest.raises(PriorityDirectionError):
        max_queue.decrease_key("c", 3)


def test_increase_key_on_max_queue(max_queue):
    max_queue.increase_key("b", 0)
    assert list(max_queue) == ["d", "c", "a", "b"]


@pytest.mark.parametrize(
    "item, priority, expected",
    [
        ("deploy", 0, ["deploy", "test", "plan", "write", "review"]),
        ("test", 9, ["plan", "write", "review", "deploy", "test"]),
        ("write", 3, ["test", "plan", "write", "review", "deploy"]),
        ("new", 2, ["test", "plan", "new", "write", "review", "deploy"]),
    ],
)
def test_update(tasks, item, priority, expected):
    tasks.update(item, priority)
    assert list(tasks) == expected


def test_merge(tasks):
    other = PriorityQueue([("lunch", 3), ("email", 0)])
    merged = tasks.merge(other)
    assert list(merged) == ["email", "test", "plan", "write", "review", "lunch", "deploy"]
    assert len(tasks) == 5
    assert len(other) == 2


def test_merge_preserves_insertion_order_after_pops():
    left = PriorityQueue([("a", 1), ("b", 1), ("c", 1)])
    left.pop()
    right = PriorityQueue([("x", 1)])
    assert list(right.merge(left)) == ["x", "b", "c"]


def test_merge_rejects_shared_items(tasks):
    with pytest.raises(DuplicateItemError, match="items queued in both: 'plan'$"):
        tasks.merge(PriorityQueue([("plan", 1)]))


def test_merge_rejects_mixed_directions(tasks, max_queue):
    with pytest.raises(PriorityQueueError, match="min-queue with a max-queue"):
        tasks.merge(max_queue)
