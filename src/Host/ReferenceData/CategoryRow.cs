using LaiChau.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LaiChau.Host.ReferenceData;

public enum RequiredMedia
{
    None,
    Photo,
    PhotoOrVideo,
}

/// <summary>
/// A kind of report (an Open311 service): its Vietnamese name and group, whether it is urgent (R2.2), which media a
/// report must carry, and optionally the department that handles it instead of the local People's Committee (R6).
/// </summary>
public sealed class CategoryRow : IVersioned
{
    public required string Code { get; init; }

    public required string Name { get; set; }

    public required string Group { get; set; }

    public string? Description { get; set; }

    public bool Urgent { get; set; }

    public RequiredMedia RequiredMedia { get; set; }

    public string? RouteToAgencyCode { get; set; }

    public bool Active { get; set; } = true;

    public required string ChangedBy { get; set; }

    public long Version { get; set; }
}

internal sealed class CategoryRowConfiguration : IEntityTypeConfiguration<CategoryRow>
{
    public void Configure(EntityTypeBuilder<CategoryRow> builder)
    {
        builder.ToTable("report_categories");
        builder.HasKey(c => c.Code);
        builder.Property(c => c.Code).HasMaxLength(CategoryRules.MaxCodeLength);
        builder.Property(c => c.Name).HasMaxLength(CategoryRules.MaxNameLength);
        builder.Property(c => c.Group).HasMaxLength(CategoryRules.MaxNameLength);
        builder.Property(c => c.Description).HasMaxLength(CategoryRules.MaxDescriptionLength);
        builder.Property(c => c.RequiredMedia).HasConversion<string>().HasMaxLength(16);
        builder.Property(c => c.RouteToAgencyCode).HasMaxLength(AgencyRules.MaxCodeLength);
        builder.Property(c => c.ChangedBy).HasMaxLength(100);
        builder.HasData(CategoryRules.Shipped.Select(c => new CategoryRow
        {
            Code = c.Code,
            Name = c.Name,
            Group = c.Group,
            Urgent = c.Urgent,
            RequiredMedia = c.Media,
            Active = true,
            ChangedBy = "seed",
            Version = 1,
        }));
    }
}

public static class CategoryRules
{
    public const int MaxCodeLength = 40;
    public const int MaxNameLength = 200;
    public const int MaxDescriptionLength = 2000;

    /// <summary>
    /// The categories shipped with the app (administrators edit them). Urgent ones (R2.2: disasters, fires, accidents,
    /// theft and robbery, security and public order) need no media: a person in danger sends what they can.
    /// </summary>
    public static readonly (string Code, string Name, string Group, bool Urgent, RequiredMedia Media)[] Shipped =
    [
        ("duong-hu-hong", "Hư hỏng đường, cầu, cống", "Giao thông", false, RequiredMedia.Photo),
        ("lan-chiem", "Lấn chiếm lòng đường, vỉa hè", "Trật tự đô thị", false, RequiredMedia.Photo),
        ("den-chieu-sang", "Đèn chiếu sáng công cộng hỏng", "Hạ tầng đô thị", false, RequiredMedia.Photo),
        ("cap-thoat-nuoc", "Cấp nước, thoát nước", "Hạ tầng đô thị", false, RequiredMedia.Photo),
        ("rac-thai", "Rác thải, vệ sinh môi trường", "Môi trường", false, RequiredMedia.Photo),
        ("sat-lo", "Sạt lở đất, lũ, lũ quét", "Thiên tai", true, RequiredMedia.None),
        ("chay-no", "Cháy, nổ", "Cháy nổ", true, RequiredMedia.None),
        ("tai-nan", "Tai nạn", "An toàn giao thông", true, RequiredMedia.None),
        ("an-ninh", "Trộm cắp, cướp, mất an ninh trật tự", "An ninh trật tự", true, RequiredMedia.None),
        ("khac", "Vấn đề khác", "Khác", false, RequiredMedia.None),
    ];
}
