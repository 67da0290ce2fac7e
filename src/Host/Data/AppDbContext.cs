using LaiChau.Host.Calendar;
using LaiChau.Host.Documents;
using LaiChau.Host.Notices;
using LaiChau.Host.ReferenceData;
using LaiChau.Host.Reports.Data;
using LaiChau.Host.Security.Accounts;
using LaiChau.Host.Security.ApiKeys;
using LaiChau.Workflows.Engine;
using LaiChau.Workflows.Persistence;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace LaiChau.Host.Data;

/// <summary>
/// The app's one database. Each provider has a subclass that owns its own migrations
/// (Data/Migrations/Sqlite, Data/Migrations/Postgres); code depends on this base class only. It holds Identity's
/// tables too (staff accounts, issue 8).
/// </summary>
public abstract class AppDbContext(DbContextOptions options) : IdentityDbContext<StaffUser>(options), IDataProtectionKeyContext
{
    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();

    public DbSet<DocumentCounter> DocumentCounters => Set<DocumentCounter>();

    public DbSet<CalendarExceptionRow> CalendarExceptions => Set<CalendarExceptionRow>();

    public DbSet<AdminUnitRow> AdminUnits => Set<AdminUnitRow>();

    public DbSet<AgencyRow> Agencies => Set<AgencyRow>();

    public DbSet<CategoryRow> Categories => Set<CategoryRow>();

    public DbSet<ReportRow> Reports => Set<ReportRow>();

    public DbSet<Mail.NoticeTemplateRow> NoticeTemplates => Set<Mail.NoticeTemplateRow>();

    public DbSet<Reports.Letters.ReportLetterRow> ReportLetters => Set<Reports.Letters.ReportLetterRow>();

    public DbSet<NoticeRow> Notices => Set<NoticeRow>();

    public DbSet<NoticeDeliveryRow> NoticeDeliveries => Set<NoticeDeliveryRow>();

    public DbSet<SmsPartRow> SmsParts => Set<SmsPartRow>();

    public DbSet<SmsReceiptRow> SmsReceipts => Set<SmsReceiptRow>();

    public DbSet<ShortTrackingLinkRow> ShortTrackingLinks => Set<ShortTrackingLinkRow>();

    public DbSet<Reports.Monthly.MonthlyReportRow> MonthlyReports => Set<Reports.Monthly.MonthlyReportRow>();

    public DbSet<ReportAuditRow> ReportAudit => Set<ReportAuditRow>();

    public DbSet<ReportAlertRow> ReportAlerts => Set<ReportAlertRow>();

    public DbSet<Reports.Media.ReportMediaRow> ReportMedia => Set<Reports.Media.ReportMediaRow>();

    public DbSet<Web.Citizens.SpentChallengeRow> SpentChallenges => Set<Web.Citizens.SpentChallengeRow>();

    /// <summary>ASP.NET Core data-protection keys (cookies, antiforgery): in the database so every host shares them.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.AddVersionConvention();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder); // Identity's tables (staff accounts of the web UI)
        modelBuilder.MapStaffAccounts();
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
        // The engine's tables live in the same database and transaction as ours (issue 4 point 2).
        modelBuilder.ApplyWorkflowsModel();
    }
}
