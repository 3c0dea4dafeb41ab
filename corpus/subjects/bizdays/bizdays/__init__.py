"""Business-day calendars, holiday rules and date rolling conventions."""

from .business_calendar import BusinessCalendar
from .errors import CalendarError, HolidayRuleError
from .presets import middle_east_weekend, target, us_federal
from .rolling import (
    RollConvention,
    add_months,
    first_business_day,
    is_month_end,
    last_business_day,
    month_end,
    roll,
    schedule,
)
from .rules import (
    EasterHoliday,
    FixedHoliday,
    HolidayRule,
    NthWeekdayHoliday,
    Observance,
    easter_sunday,
    nth_weekday,
)

__all__ = [
    "BusinessCalendar", "CalendarError", "EasterHoliday", "FixedHoliday", "HolidayRule",
    "HolidayRuleError", "NthWeekdayHoliday", "Observance", "RollConvention", "add_months",
    "easter_sunday", "first_business_day", "is_month_end", "last_business_day",
    "middle_east_weekend", "month_end", "nth_weekday", "roll", "schedule", "target", "us_federal",
]
