import datetime as dt
import enum
import types
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Optional

import pytest

from dataserde import serde, serde_field


class Color(enum.Enum):
    RED = "red"
    GREEN = "green"


class Priority(enum.IntEnum):
    LOW = 1
    HIGH = 2


@dataclass
class Address:
    street: str
    city: str
    postcode: Optional[str] = None


@serde(rename_all="camelCase")
@dataclass
class Customer:
    first_name: str
    last_name: str
    birth_date: dt.date
    address: Address
    email: str = serde_field(name="e-mail", default="")
    tags: list[str] = field(default_factory=list)


@dataclass
class Line:
    sku: str
    quantity: int
    price: Decimal


@serde(deny_unknown=True, omit_none=True)
@dataclass
class Order:
    number: int
    customer: Customer
    lines: list[Line]
    color: Color = Color.RED
    priority: Priority = Priority.LOW
    placed_at: Optional[dt.datetime] = None
    note: Optional[str] = None
    cache: dict = serde_field(skip=True, default_factory=dict)

    def __post_init__(self):
        if self.number <= 0:
            raise ValueError("order number must be positive")


@pytest.fixture
def customer_data():
    return {
        "firstName": "Ada",
        "lastName": "Lovelace",
        "birthDate": "1815-12-10",
        "address": {"street": "1 St James's Sq", "city": "London"},
        "e-mail": "ada@example.org",
        "tags": ["vip"],
    }


@pytest.fixture
def order_data(customer_data):
    return {
        "number": 7,
        "customer": customer_data,
        "lines": [
            {"sku": "A-1", "quantity": 2, "price": "9.99"},
            {"sku": "B-2", "quantity": "3", "price": 4},
        ],
        "color": "green",
        "priority": 2,
        "placed_at": "2024-03-01T10:30:00Z",
    }


@pytest.fixture
def models():
    return types.SimpleNamespace(
        Color=Color, Priority=Priority, Address=Address, Customer=Customer, Line=Line, Order=Order
    )
