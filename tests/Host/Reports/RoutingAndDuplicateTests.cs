using LaiChau.Host.Reports.Intake;

namespace LaiChau.Host.Tests.Reports;

/// <summary>R6 routing decisions and R5.7 duplicate rules, as pure functions.</summary>
public sealed class RoutingAndDuplicateTests
{
    private static readonly Func<string, bool> AllReady = _ => true;

    [Fact]
    public void R6_PointInACommune_GoesToItsPeoplesCommittee()
    {
        var decision = Routing.Decide("03388", null, null, AllReady);

        Assert.Equal(("03388", "UBND-03388"), (decision.CommuneCode, decision.LeadAgency));
        Assert.Empty(decision.Flags);
    }

    [Fact]
    public void R6_CategoryOfADepartment_GoesToTheDepartment()
    {
        Assert.Equal("SO-XD", Routing.Decide("03388", null, "SO-XD", AllReady).LeadAgency);
    }

    [Fact]
    public void R6_PointInNoPolygon_UsesTheChosenCommune_AndSaysSo()
    {
        var decision = Routing.Decide(null, "03394", null, AllReady);

        Assert.Equal("UBND-03394", decision.LeadAgency);
        Assert.Equal([RoutingFlag.OutsideEveryPolygon], decision.Flags);
    }

    [Fact]
    public void R6_PointAndChoiceDisagree_ThePointWins_AndTheReportIsFlagged()
    {
        var decision = Routing.Decide("03388", "03394", null, AllReady);

        Assert.Equal("UBND-03388", decision.LeadAgency);
        Assert.Equal([RoutingFlag.ChosenCommuneDiffers], decision.Flags);
    }

    [Fact]
    public void R6_NoCommuneAtAll_OrAnAgencyNotSetUp_GoesToTheMonitoringCentre()
    {
        Assert.Equal(("SOC-IOC", RoutingFlag.NoCommune), (Routing.Decide(null, null, null, AllReady).LeadAgency, Routing.Decide(null, null, null, AllReady).Flags.Single()));
        var notReady = Routing.Decide("03388", null, null, code => code != "UBND-03388");
        Assert.Equal(("SOC-IOC", RoutingFlag.LeadAgencyNotReady), (notReady.LeadAgency, notReady.Flags.Single()));
    }

    private static readonly DateTimeOffset Monday = new(2026, 3, 2, 8, 0, 0, TimeSpan.FromHours(7));
    private static readonly ReportFingerprint Original = new("den-chieu-sang", 22.3964, 103.4580, Monday, "Đèn đường hỏng trước cổng trường tiểu học", "0912345678");

    [Fact]
    public void R5_7_SameMatterNearbySoonAfter_IsADuplicate_EvenWithoutDiacritics()
    {
        var again = Original with { Lat = 22.3968, ReceivedAt = Monday.AddDays(2), Description = "den duong hong truoc cong truong tieu hoc", Phone = "0987654321" };

        Assert.True(DuplicateRule.IsDuplicate(again, Original, new DuplicateOptions()));
    }

    [Fact]
    public void R5_7_SameReporterSamePlace_IsADuplicate_WhateverTheWords()
    {
        var again = Original with { ReceivedAt = Monday.AddHours(3), Description = "Vẫn chưa ai sửa, tối om cả khu" };

        Assert.True(DuplicateRule.IsDuplicate(again, Original, new DuplicateOptions()));
    }

    [Theory]
    [InlineData("rac-thai", 0, 1, "Đèn đường hỏng trước cổng trường tiểu học")] // another category
    [InlineData("den-chieu-sang", 0.01, 1, "Đèn đường hỏng trước cổng trường tiểu học")] // ~1.1 km away
    [InlineData("den-chieu-sang", 0, 9, "Đèn đường hỏng trước cổng trường tiểu học")] // after the 7-day window
    [InlineData("den-chieu-sang", 0, 1, "Cột điện nghiêng sắp đổ ở đầu ngõ")] // another matter, another reporter
    public void R5_7_OtherwiseItIsANewReport(string category, double latOffset, int days, string description)
    {
        var other = new ReportFingerprint(category, Original.Lat + latOffset, Original.Lon, Monday.AddDays(days), description, "0987654321");

        Assert.False(DuplicateRule.IsDuplicate(other, Original, new DuplicateOptions()));
    }

    [Fact]
    public void Distance_OfOneDegreeOfLatitude_IsAbout111Km() =>
        Assert.InRange(DuplicateRule.DistanceMetres(22, 103, 23, 103), 111_000, 111_400);
}
