namespace LaiChau.Workflows.Tests.Feel;

public sealed class ListAndContextTests
{
    private static readonly LaiChau.Workflows.Feel.FeelVariables Orders = Feel.Variables("""
        {
          "xs": [1, 2, 3, 4, 5],
          "orders": [ { "id": "a", "amount": 5 }, { "id": "b", "amount": 20 }, { "id": "c", "amount": 30 } ],
          "report": { "place": { "commune": "Sìn Hồ", "lat": 22.3 }, "tags": ["road", "bridge"] }
        }
        """);

    [Theory]
    [InlineData("xs[1]", "1")]
    [InlineData("xs[5]", "5")]
    [InlineData("xs[-1]", "5")]
    [InlineData("xs[-5]", "1")]
    [InlineData("xs[0]", "null")]
    [InlineData("xs[6]", "null")]
    [InlineData("xs[-6]", "null")]
    [InlineData("[10, 20, 30][2]", "20")]
    [InlineData("[][1]", "null")]
    [InlineData("[][item > 1]", "[]")]
    public void Index_OfList_IsOneBasedAndNegativeFromTheEnd(string source, string expected) => Assert.Equal(expected, Feel.Show(source, Orders));

    [Theory]
    [InlineData("xs[item > 3]", "[4, 5]")]
    [InlineData("xs[item > 10]", "[]")]
    [InlineData("xs[item >= 2 and item <= 3]", "[2, 3]")]
    [InlineData("orders[amount > 10].id", "[\"b\", \"c\"]")]
    [InlineData("orders[item.amount > 25][1].id", "\"c\"")]
    [InlineData("count(orders[amount > 10])", "2")]
    [InlineData("orders.amount", "[5, 20, 30]")]
    [InlineData("sum(orders.amount)", "55")]
    [InlineData("[1, null, 3][item > 1]", "[3]")]
    [InlineData("missing[item > 1]", "null")]
    [InlineData("5[item > 1]", "[5]")]
    public void Filter_WithCondition_KeepsElementsWhereTrue(string source, string expected) => Assert.Equal(expected, Feel.Show(source, Orders));

    [Theory]
    [InlineData("report.place.commune", "\"Sìn Hồ\"")]
    [InlineData("report.place.lat", "22.3")]
    [InlineData("report.tags[2]", "\"bridge\"")]
    [InlineData("report.missing", "null")]
    [InlineData("report.place.commune.x", "null")]
    [InlineData("missing.a.b", "null")]
    [InlineData("{ a: { b: 7 } }.a.b", "7")]
    [InlineData("{ \"b c\": 2 }", "{b c:2}")]
    [InlineData("@\"2025-03-02\".year", "2025")]
    [InlineData("@\"2025-03-02\".weekday", "7")]
    [InlineData("@\"2025-03-02T10:20:30+07:00\".hour", "10")]
    [InlineData("@\"P1DT2H\".hours", "2")]
    [InlineData("@\"P14M\".years", "1")]
    public void Path_OnContextsListsAndTemporals_SelectsEntriesAndParts(string source, string expected) => Assert.Equal(expected, Feel.Show(source, Orders));

    [Theory]
    [InlineData("count([1, 2, 3])", "3")]
    [InlineData("count(\"x\")", "null")]
    [InlineData("sum([1, 2.5])", "3.5")]
    [InlineData("sum(1, 2, 3)", "6")]
    [InlineData("sum([])", "null")]
    [InlineData("sum([1, \"a\"])", "null")]
    [InlineData("min([3, 1, 2])", "1")]
    [InlineData("max(3, 1, 2)", "3")]
    [InlineData("max([\"a\", \"c\", \"b\"])", "\"c\"")]
    [InlineData("min([])", "null")]
    [InlineData("max([1, \"a\"])", "null")]
    [InlineData("list contains([1, 2], 2)", "true")]
    [InlineData("list contains([1, 2], 3)", "false")]
    [InlineData("list contains([1, null], null)", "true")]
    [InlineData("list contains(null, 1)", "null")]
    public void ListFunction_OnValidAndInvalidArguments_ComputesOrIsNull(string source, string expected) => Assert.Equal(expected, Feel.Show(source));

    [Theory]
    [InlineData("append([1], 2, 3)", "[1, 2, 3]")]
    [InlineData("append(null, 1)", "null")]
    [InlineData("concatenate([1], [], [2, 3])", "[1, 2, 3]")]
    [InlineData("concatenate([1], 2)", "null")]
    [InlineData("index of([1, 2, 1], 1)", "[1, 3]")]
    [InlineData("distinct values([1, 2, 1.0, \"a\", \"a\"])", "[1, 2, \"a\"]")]
    [InlineData("reverse([1, 2, 3])", "[3, 2, 1]")]
    [InlineData("flatten([1, [2, [3]], []])", "[1, 2, 3]")]
    [InlineData("sublist([1, 2, 3, 4], 2)", "[2, 3, 4]")]
    [InlineData("sublist([1, 2, 3, 4], 2, 2)", "[2, 3]")]
    [InlineData("sublist([1, 2, 3, 4], -2, 1)", "[3]")]
    [InlineData("sublist([1, 2, 3], 2, 5)", "null")]
    [InlineData("sublist([1, 2, 3], 0)", "null")]
    [InlineData("is empty([])", "true")]
    [InlineData("is empty([1])", "false")]
    [InlineData("get value({ \"b c\": 2 }, \"b c\")", "2")]
    [InlineData("get value({ a: 1 }, \"z\")", "null")]
    [InlineData("get entries({ a: 1, b: 2 })", "[{key:\"a\", value:1}, {key:\"b\", value:2}]")]
    [InlineData("context put({ a: 1 }, \"b\", 2)", "{a:1, b:2}")]
    [InlineData("context put({ a: 1 }, \"a\", 2)", "{a:2}")]
    [InlineData("context merge([{ a: 1 }, { b: 2, a: 3 }])", "{a:3, b:2}")]
    public void ListBuildingFunction_OnLists_Computes(string source, string expected) => Assert.Equal(expected, Feel.Show(source));
}
