using LaiChau.Workflows.Feel;

namespace LaiChau.Workflows.Tests.Feel;

public sealed class FeelValueTests
{
    [Fact]
    public void Factories_ThenAccessors_GiveBackTheValue()
    {
        Assert.Equal(12.5m, FeelValue.Number(12.5m).AsNumber());
        Assert.Equal("Lai Châu", FeelValue.String("Lai Châu").AsString());
        Assert.True(FeelValue.Boolean(true).AsBoolean());
        Assert.Equal(new DateOnly(2026, 3, 2), FeelValue.Date(new DateOnly(2026, 3, 2)).AsDate());
        Assert.Equal(new TimeOnly(8, 30), FeelValue.Time(new TimeOnly(8, 30), TimeSpan.FromHours(7)).AsTime());
        Assert.Equal(TimeSpan.FromHours(7), FeelValue.Time(new TimeOnly(8, 30), TimeSpan.FromHours(7)).Offset);
        var instant = new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.FromHours(7));
        Assert.Equal(instant, FeelValue.DateTime(instant).AsDateTimeOffset());
        Assert.Null(FeelValue.DateTime(new DateTime(2026, 3, 2, 8, 0, 0)).Offset);
        Assert.Equal(TimeSpan.FromDays(2), FeelValue.DaysTimeDuration(TimeSpan.FromDays(2)).AsDaysTimeDuration());
        Assert.Equal(14, FeelValue.YearsMonthsDuration(14).AsTotalMonths());
        Assert.Equal(2, FeelValue.List([FeelValue.Null, FeelValue.True]).AsList().Length);
        Assert.True(FeelValue.Context([new("a", FeelValue.Number(1))]).AsContext().TryGet("a", out _));
        Assert.True(FeelValue.String(null).IsNull);
        Assert.True(default(FeelValue).IsNull);
    }

    [Fact]
    public void Accessor_OfAnotherKind_Throws() =>
        Assert.Throws<InvalidOperationException>(() => FeelValue.Number(1).AsString());

    [Fact]
    public void TryParse_OfNull_IsFalseWithoutThrowing()
    {
        Assert.False(FeelExpression.TryParse(null, out _, out var error));
        Assert.Equal(0, error.Offset);
    }
}
