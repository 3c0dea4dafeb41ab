"""cronexpr: parse cron expressions and compute their run times."""
from .describe import describe, is_valid
from .errors import CronError, CronSyntaxError, NoMatchError
from .expression import ALIASES, CronExpression, cron_weekday
from .fields import FIELDS, FieldSpec, format_field, parse_field

__all__ = [
    "ALIASES",
    "FIELDS",
    "CronError",
    "CronExpression",
    "CronSyntaxError",
    "FieldSpec",
    "NoMatchError",
    "cron_weekday",
    "describe",
    "format_field",
    "is_valid",
    "parse_field",
]
