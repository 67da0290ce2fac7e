using LaiChau.Host.ApiDocs;
using LaiChau.Host.Data;
using LaiChau.Host.ReferenceData;
using LaiChau.Workflows.Time;
using Microsoft.EntityFrameworkCore;

namespace LaiChau.Host.Open311;

/// <summary>
/// Open311 GeoReport v2 at <c>/open311/v2/</c> (issue 6 point 2): discovery and the services (report categories) with
/// their definitions, public, in JSON and XML. The reporter's commune and the wish for confidentiality travel as the
/// service attributes <c>attribute[commune]</c> and <c>attribute[confidential]</c>.
/// </summary>
public static class Open311Endpoints
{
    public const string Changeset = "2026-11-28T00:00:00+07:00";

    public static void Map(RouteGroupBuilder group)
    {
        group.AllowAnonymous();
        group.MapGet("discovery.{format}", Discovery).ProducesOpen311<Open311Discovery>("Discovery: where this endpoint is and what it offers");
        group.MapGet("services.{format}", ServicesAsync).ProducesOpen311<List<Open311Service>>("The report categories as services");
        group.MapGet("services/{code}.{format}", DefinitionAsync).ProducesOpen311<Open311ServiceDefinition>("A service's definition: its attributes (commune, confidential)");
    }

    public static IResult Discovery(string format, HttpRequest request)
    {
        if (Open311Results.Refuse(format, null) is { } refused)
        {
            return refused;
        }

        var discovery = new Open311Discovery(
            Changeset,
            "Trung tâm Giám sát, điều hành thông minh tỉnh Lai Châu (SOC-IOC)",
            $"{request.Scheme}://{request.Host}/",
            [new Open311Endpoint("http://wiki.open311.org/GeoReport_v2", $"{request.Scheme}://{request.Host}/open311/v2", Changeset, "production", ["text/xml", "application/json"])]);
        return Open311Results.Ok(format, discovery, () => Open311Xml.Discovery(discovery));
    }

    public static async Task<IResult> ServicesAsync(string format, string? jurisdiction_id, AppDbContext db, CancellationToken ct)
    {
        if (Open311Results.Refuse(format, jurisdiction_id) is { } refused)
        {
            return refused;
        }

        var services = (await db.Categories.AsNoTracking().Where(c => c.Active).OrderBy(c => c.Group).ThenBy(c => c.Code).ToListAsync(ct))
            .Select(Service).ToList();
        return Open311Results.Ok(format, services, () => Open311Xml.Services(services));
    }

    public static async Task<IResult> DefinitionAsync(
        string code, string format, string? jurisdiction_id, AppDbContext db, TimeProvider clock, CancellationToken ct)
    {
        if (Open311Results.Refuse(format, jurisdiction_id) is { } refused)
        {
            return refused;
        }

        if (await db.Categories.AsNoTracking().FirstOrDefaultAsync(c => c.Code == code && c.Active, ct) is null)
        {
            return Open311Results.Error(format, StatusCodes.Status404NotFound, $"service_code '{code}' is not a service of {Open311Results.Jurisdiction}.");
        }

        var today = VietnamTime.Today(clock);
        var communes = (await db.AdminUnits.AsNoTracking().Where(u => u.Level == AdminLevel.Commune).ToListAsync(ct))
            .Where(u => u.IsValidOn(today)).OrderBy(u => u.Name, StringComparer.Ordinal)
            .Select(u => new Open311AttributeValue(u.Code, u.Name)).ToList();
        var definition = new Open311ServiceDefinition(code,
        [
            new(true, "commune", "singlevaluelist", false, "Mã xã/phường (mã thống kê)", 1,
                "Xã, phường nơi xảy ra sự việc (dùng khi vị trí trên bản đồ không rõ).", communes),
            new(true, "confidential", "singlevaluelist", false, null, 2,
                "Đề nghị giữ bí mật thông tin người phản ánh: kết quả chỉ gửi cho người phản ánh, không công khai.",
                [new("false", "Không"), new("true", "Có")]),
        ]);
        return Open311Results.Ok(format, definition, () => Open311Xml.Definition(definition));
    }

    private static Open311Service Service(CategoryRow c) => new(
        c.Code, c.Name, c.Description, Metadata: true, "realtime", c.Urgent ? "khẩn cấp, urgent" : null, c.Group);
}
