using LaiChau.Host.Calendar;
using LaiChau.Host.Data;
using LaiChau.Host.Documents;
using LaiChau.Host.ReferenceData;
using LaiChau.Host.Reports.Data;
using LaiChau.Host.Reports.Intake;
using LaiChau.Host.Reports.Media;
using LaiChau.Host.Security;
using LaiChau.Workflows.Engine;
using LaiChau.Workflows.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LaiChau.Host.Reports.Submit;

/// <summary>
/// Takes a report in at any hour (R4.2): checks it (R5), finds its urgency (R2.2), routes it (R6), links a likely
/// duplicate (R5.7), then saves it and starts its process in one transaction — a report is never saved without its
/// process, nor a process started for a report that was not saved.
/// </summary>
public sealed partial class ReportIntake(
    AppDbContext db,
    WorkflowEngine engine,
    PersonalData personalData,
    AdminUnitLocator locator,
    CalendarSource calendar,
    TimeProvider clock,
    IOptions<IntakeOptions> options,
    MediaIntake media,
    IntakeReferenceData reference,
    Process.AgencyDeadlines deadlines,
    ILogger<ReportIntake> logger)
{
    private readonly IntakeOptions _options = options.Value;

    /// <summary>Takes a report from <paramref name="channel"/>; <paramref name="apiKeyId"/> is the Open311 client's key, if any.</summary>
    public async Task<SubmitOutcome> SubmitAsync(ReportSubmission submission, string channel, Guid? apiKeyId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(submission);
        // Invisible bidi and zero-width characters never reach the database or a staff view.
        submission = submission with
        {
            Name = HiddenCharacters.Remove(submission.Name),
            Email = HiddenCharacters.Remove(submission.Email),
            Address = HiddenCharacters.Remove(submission.Address),
            Description = HiddenCharacters.Remove(submission.Description),
        };
        var category = string.IsNullOrWhiteSpace(submission.CategoryCode) ? null
            : await reference.ActiveCategoryAsync(submission.CategoryCode, ct);
        if (category is null && !string.IsNullOrWhiteSpace(submission.CategoryCode))
        {
            return new SubmitUnknownCategory(submission.CategoryCode);
        }

        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (category is null)
        {
            errors["service_code"] = ["Vui lòng chọn lĩnh vực phản ánh."];
        }

        var reporter = ReporterInputRules.Check(
            new ReporterInput(submission.Name, submission.Phone, submission.Email, submission.Description), errors);
        var receivedAt = clock.GetUtcNow();
        var place = await PlaceAsync(submission, VietnamTime.Today(receivedAt), errors, ct);
        var checkedMedia = await media.CheckAsync(submission.Media, category?.RequiredMedia, errors, ct); // R5.3
        if (errors.Count > 0 || reporter is null || category is null || place is null)
        {
            return new SubmitInvalid(errors);
        }

        // Routing picks the department, else the commune's committee (R6): only that one agency's readiness matters.
        var candidateLead = Routing.CandidateLead(place.LocatedCommune, place.ChosenCommune, category.RouteToAgencyCode);
        var leadReady = candidateLead is not null && await reference.IsReadyAsync(candidateLead, ct);
        var routing = Routing.Decide(place.LocatedCommune, place.ChosenCommune, category.RouteToAgencyCode, lead => leadReady && lead == candidateLead);
        var urgent = category.Urgent || reporter.UrgentKeyword is not null;
        // One connection for the rest of the intake (search, number, save) instead of one per statement.
        await db.Database.OpenConnectionAsync(ct);
        var duplicateOf = await FindDuplicateAsync(category.Code, place, reporter, receivedAt, ct);
        var earlier = await FindResolvedAsync(category.Code, place, reporter, receivedAt, ct);
        // Without a point there is no polygon to be outside of: the chosen commune is simply the place given.
        var routingFlags = routing.Flags.Where(f => place.Lat is not null || f != RoutingFlag.OutsideEveryPolygon);
        var flags = ReportFlags.Of(routingFlags, reporter.NotVietnamese, duplicateOf is not null);
        await deadlines.EnsureLoadedAsync(ct); // the process reads the lead agency's limit in its first run (R7.3)
        // Should a definition compute no deadline, the regulation's longest (R7.3) stands in, and the log says so.
        var fallbackDue = (await calendar.GetAsync(ct)).AddWorkingDays(receivedAt, AgencyRules.MaxResolutionWorkingDays);

        IReadOnlyList<StoredMedia> storedMedia;
        try
        {
            storedMedia = await media.StoreAsync(checkedMedia, ct); // before the save: see MediaIntake
        }
        catch (MediaTooLargeException ex)
        {
            // A channel's stream longer than it said: a field error like any file over the limit.
            return new SubmitInvalid(new Dictionary<string, string[]> { [MediaIntake.Field] = [$"Tệp ảnh, video vượt quá {MediaIntake.Megabytes(ex.MaxLength)} MB."] });
        }
        catch (IOException ex)
        {
            LogMediaNotStored(logger, ex.HResult);
            return new SubmitMediaNotStored("Hệ thống tạm thời không lưu được ảnh, video của phản ánh; phản ánh chưa được gửi. Vui lòng gửi lại sau ít phút.");
        }

        var year = VietnamTime.Today(receivedAt).Year;
        // The number is taken in its own statement, before the transaction: inside it, the counter's row would stay
        // locked until commit and every intake would queue behind the one before. A failed intake leaves a gap in
        // the report codes, which is harmless (they are not an agency's numbered documents).
        var number = await new DocumentNumbers(db).NextAsync(ReportCodes.CounterKey, year, ct);
        var report = new ReportRow
        {
            Id = Guid.CreateVersion7(receivedAt),
            Code = ReportCodes.Format(year, number),
            CategoryCode = category.Code,
            Description = reporter.Description,
            Lat = place.Lat,
            Lon = place.Lon,
            Address = place.Address,
            CommuneCode = routing.CommuneCode,
            ChosenCommuneCode = place.ChosenCommune,
            LeadAgency = routing.LeadAgency,
            ReceivedAt = receivedAt,
            DueAt = fallbackDue,
            UpdatedAt = receivedAt,
            State = ReportState.Received,
            StatusNotes = ReportStatusNotes.Received,
            Urgent = urgent,
            UrgentReason = category.Urgent ? $"category:{category.Code}" : reporter.UrgentKeyword is { } k ? $"keyword:{k}" : null,
            Confidential = submission.Confidential,
            Flags = string.Join(',', flags),
            DuplicateOf = duplicateOf,
            DuplicateLink = duplicateOf is null ? DuplicateLink.None : DuplicateLink.Suggested,
            EarlierResultOf = earlier?.Code,
            ReporterNameProtected = personalData.Protect(reporter.Name)!,
            ReporterPhoneProtected = personalData.Protect(reporter.Phone)!,
            ReporterEmailProtected = personalData.Protect(reporter.Email),
            ContactConsent = submission.ContactConsent,
            Channel = channel,
            SubmittedByKeyId = apiKeyId,
        };

        db.Reports.Add(report);
        MediaIntake.Attach(db, report.Code, storedMedia, receivedAt);
        // The report, its media and the new instance's rows are written by the engine's single save, in one
        // transaction (on PostgreSQL one batch, possibly committed together with other intakes: ADR 27); the deadline
        // is the one the definition computed in the instance's first run (issue 16 point 4).
        await engine.StartAsync(db, new StartInstance(
            _options.ProcessId, Version: null, report.Code, ReportProcessVariables.Start(report, category.Name, flags)),
            beforeSave: started =>
            {
                report.InstanceId = started.Id;
                if (Process.ProcessDeadline.Read(started.Variables) is { } due)
                {
                    report.DueAt = due;
                }
                else
                {
                    LogNoDeadline(logger, report.Code, _options.ProcessId);
                }
            }, ct);
        LogReceived(logger, report.Code, report.LeadAgency, urgent);
        return new SubmitAccepted(report.Code, receivedAt, report.DueAt, report.LeadAgency, urgent, duplicateOf) { EarlierResult = earlier };
    }

    private sealed record Place(double? Lat, double? Lon, string? Address, string? LocatedCommune, string? ChosenCommune);

    /// <summary>R5.3 and R6: a point inside the province, or at least a commune of today's units.</summary>
    private async Task<Place?> PlaceAsync(ReportSubmission s, DateOnly today, Dictionary<string, string[]> errors, CancellationToken ct)
    {
        string? chosen = null;
        if (!string.IsNullOrWhiteSpace(s.ChosenCommuneCode))
        {
            var units = await db.AdminUnits.AsNoTracking()
                .Where(u => u.Code == s.ChosenCommuneCode && u.Level == AdminLevel.Commune).ToListAsync(ct);
            chosen = units.Any(u => u.IsValidOn(today)) ? s.ChosenCommuneCode : null;
            if (chosen is null)
            {
                errors["attribute[commune]"] = ["Mã xã, phường không có trong danh mục hiện hành của tỉnh Lai Châu."];
            }
        }

        if (s.Address is { Length: > ReportLimits.MaxAddressLength })
        {
            errors["address_string"] = [$"Địa chỉ quá dài (tối đa {ReportLimits.MaxAddressLength} ký tự)."];
        }

        if (s.Lat is null || s.Lon is null)
        {
            if (s.Lat is not null || s.Lon is not null)
            {
                errors["lat"] = ["Cần cả vĩ độ (lat) và kinh độ (long)."];
            }
            else if (chosen is null && !errors.ContainsKey("attribute[commune]"))
            {
                errors["lat"] = ["Vui lòng chọn vị trí trên bản đồ hoặc chọn xã, phường nơi xảy ra sự việc."];
            }

            return errors.Count > 0 || chosen is null ? null : new Place(null, null, s.Address?.Trim(), null, chosen);
        }

        var (lat, lon) = (s.Lat.Value, s.Lon.Value);
        if (!double.IsFinite(lat) || !double.IsFinite(lon)
            || lat < _options.MinLat || lat > _options.MaxLat || lon < _options.MinLon || lon > _options.MaxLon)
        {
            errors["lat"] = ["Vị trí nằm ngoài địa bàn tỉnh Lai Châu."];
            return null;
        }

        var located = await locator.LocateAsync(lon, lat, today, ct);
        return new Place(lat, lon, s.Address?.Trim(), located?.Code, chosen);
    }

    /// <summary>R5.7: the oldest open report of the same category nearby in the window that the rule matches.</summary>
    private async Task<string?> FindDuplicateAsync(
        string category, Place place, CheckedReporterInput reporter, DateTimeOffset now, CancellationToken ct)
    {
        var since = now - _options.Duplicates.Window;
        var match = await FindMatchAsync(place, reporter, reports => reports
            .Where(r => r.CategoryCode == category && r.ReceivedAt >= since && r.DuplicateOf == null
                && r.State != ReportState.Rejected && r.State != ReportState.Resolved && r.State != ReportState.Closed), ct);
        return match?.Code;
    }

    /// <summary>
    /// R5.7: a report of the same matter resolved within <see cref="DuplicateOptions.ResolvedWindow"/>, whose result the
    /// reporter is told at intake — a public result only (never confidential, state-secret or hidden, R7.1a-b, R9).
    /// </summary>
    private async Task<EarlierResult?> FindResolvedAsync(
        string category, Place place, CheckedReporterInput reporter, DateTimeOffset now, CancellationToken ct)
    {
        var since = now - _options.Duplicates.ResolvedWindow;
        var match = await FindMatchAsync(place, reporter, reports => reports
            .Where(r => r.CategoryCode == category && r.ClosedAt >= since && r.Result != null
                && (r.State == ReportState.Resolved || r.State == ReportState.Closed) && !r.Confidential && !r.StateSecret && !r.Hidden), ct);
        return match is null ? null : new EarlierResult(match.Code, match.Result!);
    }

    private sealed record Candidate(string Code, double? Lat, double? Lon, string Description, string ReporterPhoneProtected, string? Result);

    /// <summary>The oldest report among <paramref name="among"/> near the point that <see cref="DuplicateRule"/> matches.</summary>
    private async Task<Candidate?> FindMatchAsync(
        Place place, CheckedReporterInput reporter, Func<IQueryable<ReportRow>, IQueryable<ReportRow>> among, CancellationToken ct)
    {
        if (place is not { Lat: { } lat, Lon: { } lon })
        {
            return null;
        }

        var duplicates = _options.Duplicates;
        // A box around the point, in degrees, narrows the search before the exact distance (1° of latitude ≈ 111 km).
        var dLat = duplicates.MaxDistanceMetres / 111_000.0;
        var dLon = dLat / Math.Max(0.1, Math.Cos(lat * Math.PI / 180));
        // The box is written into the SQL as literals (EF.Constant), so each search is planned for its box. As a
        // prepared statement's generic plan it walked the category's whole window by date for the 50 oldest rows,
        // 1.5 ms and 1,900 pages per search instead of 0.2 ms (ADR 29, second amendment).
        var (minLat, maxLat, minLon, maxLon) = (lat - dLat, lat + dLat, lon - dLon, lon + dLon);
        var candidates = await among(db.Reports.AsNoTracking())
            .Where(r => r.Lat >= EF.Constant(minLat) && r.Lat <= EF.Constant(maxLat) && r.Lon >= EF.Constant(minLon) && r.Lon <= EF.Constant(maxLon))
            .OrderBy(r => r.ReceivedAt).Take(50)
            .Select(r => new Candidate(r.Code, r.Lat, r.Lon, r.Description, r.ReporterPhoneProtected, r.Result))
            .ToListAsync(ct);
        // DuplicateRule's test, cheapest part first: category and window are in the query; then distance; then the
        // text (the incoming words folded once); only then the phone, decrypted in memory (R5.5) for that one candidate.
        var words = DuplicateRule.WordSet(reporter.Description);
        return candidates.Where(c => c.Lat is not null && c.Lon is not null).FirstOrDefault(c =>
            DuplicateRule.DistanceMetres(lat, lon, c.Lat!.Value, c.Lon!.Value) <= duplicates.MaxDistanceMetres
            && (DuplicateRule.Similarity(words, c.Description) >= duplicates.MinSimilarity
                || personalData.Unprotect(c.ReporterPhoneProtected) == reporter.Phone));
    }

    [LoggerMessage(EventId = 6103, Level = LogLevel.Warning, Message = "Report {Code}: process {Process} computed no resolutionDue in its first run; the regulation's 5 working days stand in (R7.3)")]
    private static partial void LogNoDeadline(ILogger logger, string code, string process);

    [LoggerMessage(EventId = 6102, Level = LogLevel.Error, Message = "The media store failed (HResult {HResult}); the report was refused and nothing was saved")]
    private static partial void LogMediaNotStored(ILogger logger, int hResult);

    [LoggerMessage(EventId = 6101, Level = LogLevel.Information, Message = "Report {Code} received for {Agency} (urgent: {Urgent})")]
    private static partial void LogReceived(ILogger logger, string code, string agency, bool urgent);
}
