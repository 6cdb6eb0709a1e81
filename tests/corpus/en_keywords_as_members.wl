// written for the corpus
PROCEDURE PeriodLength(stPeriod is STPeriod) : int
// Members and items are sometimes named like keywords
IF stPeriod.End < stPeriod.Start THEN RESULT 0
Trace(Order.Date, Order.Time, Product.Type, Schedule.Step, Rule.Case, Item.Switch)
RESULT DateDifference(stPeriod.Start, stPeriod.End) + 1
