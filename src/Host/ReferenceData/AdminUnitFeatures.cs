using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using LaiChau.Host.Errors;
using NetTopologySuite.Geometries;

namespace LaiChau.Host.ReferenceData;

/// <summary>One unit as imported: the feature's properties and its geometry.</summary>
public sealed record AdminUnitInput(
    string Code, string Name, AdminLevel Level, string? ParentCode, DateOnly? ValidFrom, DateOnly? ValidTo,
    string? Geometry, Geometry? Shape, bool Approximate);

/// <summary>
/// Reads a GeoJSON FeatureCollection of administrative units (properties <c>code</c>, <c>name</c>, <c>level</c>,
/// <c>parentCode</c>, <c>validFrom</c>, <c>validTo</c>, optional <c>approximate</c>), every error under the path
/// of the field that causes it.
/// </summary>
public static partial class AdminUnitFeatures
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    public static List<AdminUnitInput> Read(JsonElement root, FieldErrors errors)
    {
        var units = new List<AdminUnitInput>();
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("type", out var type) || type.GetString() != "FeatureCollection"
            || !root.TryGetProperty("features", out var features) || features.ValueKind != JsonValueKind.Array)
        {
            errors.Set("$", new("Tệp phải là một FeatureCollection GeoJSON có mảng features.",
                "The body must be a GeoJSON FeatureCollection with a features array."), AdminUnitRules.WholeFile);
            return units;
        }

        if (features.GetArrayLength() > AdminUnitRules.MaxFeatures)
        {
            errors.Set("features", new($"Mỗi lần nhập tối đa {AdminUnitRules.MaxFeatures} feature.", $"At most {AdminUnitRules.MaxFeatures} features per import."));
            return units;
        }

        var points = 0;
        var index = 0;
        foreach (var feature in features.EnumerateArray())
        {
            if (ReadFeature(feature, $"features[{index++}]", errors) is { } unit)
            {
                units.Add(unit);
                points += unit.Shape?.NumPoints ?? 0;
            }
        }

        if (points > AdminUnitRules.MaxPoints)
        {
            errors.Set("features", new(
                string.Create(Vietnamese, $"Các hình có {points:N0} điểm; mỗi lần nhập tối đa {AdminUnitRules.MaxPoints:N0} điểm."),
                string.Create(CultureInfo.InvariantCulture, $"The geometries have {points:N0} positions; at most {AdminUnitRules.MaxPoints:N0} per import.")));
        }

        return units;
    }

    private static AdminUnitInput? ReadFeature(JsonElement feature, string path, FieldErrors errors)
    {
        if (feature.ValueKind != JsonValueKind.Object || !feature.TryGetProperty("properties", out var p) || p.ValueKind != JsonValueKind.Object)
        {
            errors.Set(path, new("Mỗi feature cần một đối tượng properties.", "A feature needs an object of properties."));
            return null;
        }

        var before = errors.Count;
        var code = Text(p, "code");
        if (code is null || !Code().IsMatch(code))
        {
            errors.Set($"{path}.properties.code", new($"Mã gồm 1 đến {AdminUnitRules.MaxCodeLength} chữ số (mã thống kê).",
                $"The code is 1 to {AdminUnitRules.MaxCodeLength} digits (the GSO code)."));
        }

        var name = Text(p, "name")?.Trim();
        if (string.IsNullOrEmpty(name) || name.Length > AdminUnitRules.MaxNameLength || name.Any(char.IsControl))
        {
            errors.Set($"{path}.properties.name", new($"Cần tên đơn vị (tối đa {AdminUnitRules.MaxNameLength} ký tự).",
                $"The name is required (at most {AdminUnitRules.MaxNameLength} characters)."));
        }

        if (!Enum.TryParse<AdminLevel>(Text(p, "level"), ignoreCase: true, out var level) || !Enum.IsDefined(level))
        {
            errors.Set($"{path}.properties.level", AdminUnitRules.LevelMessage);
        }

        var parent = Text(p, "parentCode");
        if (parent is not null && !Code().IsMatch(parent))
        {
            errors.Set($"{path}.properties.parentCode", new("Mã đơn vị cấp trên là mã thống kê (chữ số), hoặc null với tỉnh.",
                "The parent code is a GSO code (digits) or null for the province."));
        }

        var from = Date(p, "validFrom", $"{path}.properties.validFrom", errors);
        var to = Date(p, "validTo", $"{path}.properties.validTo", errors);
        if (from is { } f && to is { } t && t < f)
        {
            errors.Set($"{path}.properties.validTo", new("Ngày hết hiệu lực (validTo) trước ngày bắt đầu (validFrom).", "validTo is before validFrom."));
        }

        Geometry? shape = null;
        string? geometry = null;
        if (feature.TryGetProperty("geometry", out var g) && g.ValueKind != JsonValueKind.Null)
        {
            shape = UnitGeometry.TryRead(g, out var problem);
            geometry = g.GetRawText();
            if (shape is null)
            {
                // Named by the unit's code too: a file of hundreds of features is fixed by code, not by index.
                errors.Set($"{path}.geometry", new($"Mã {code ?? "?"}: không phải Polygon hay MultiPolygon hợp lệ: {problem!.Vietnamese.TrimEnd('.')}.",
                    $"Code {code ?? "?"}: not a valid Polygon or MultiPolygon: {problem.English.TrimEnd('.')}."));
            }
        }

        var approximate = p.TryGetProperty("approximate", out var a) && a.ValueKind == JsonValueKind.True;
        return errors.Count > before ? null : new AdminUnitInput(code!, name!, level, parent, from, to, geometry, shape, approximate);
    }

    private static string? Text(JsonElement properties, string name) =>
        properties.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static DateOnly? Date(JsonElement properties, string name, string path, FieldErrors errors)
    {
        if (!properties.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.String
            && DateOnly.TryParseExact(value.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return day;
        }

        errors.Set(path, new("Ngày viết dạng yyyy-MM-dd, hoặc null.", "A date is yyyy-MM-dd, or null."));
        return null;
    }

    [GeneratedRegex("^[0-9]{1,10}$", RegexOptions.CultureInvariant)]
    private static partial Regex Code();
}
