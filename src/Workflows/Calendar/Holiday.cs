namespace LaiChau.Workflows.Calendar;

/// <summary>The public holidays of the Labour Code 2019, art. 112, clause 1 (30 April and 1 May form one group).</summary>
internal enum Holiday
{
    NewYear,
    LunarNewYear,
    HungKings,
    ReunificationAndLabour,
    NationalDay,
}

/// <summary>A day off given by the rules, with the holiday it belongs to (a compensatory day belongs to its holiday).</summary>
internal sealed record HolidayRuleDay(DateOnly Date, Holiday Holiday, string Reason);
