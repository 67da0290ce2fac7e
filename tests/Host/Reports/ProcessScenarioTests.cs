using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LaiChau.Host.Tests.Infrastructure;
using LaiChau.Testing;
using MimeKit;

namespace LaiChau.Host.Tests.Reports;

/// <summary>
/// Issue 6 point 7: the shipped field-report process driven end to end through the HTTP API — Open311 intake, staff
/// tasks with their own keys, the reporter's feedback — with the suite's clock and a real SMTP server on loopback.
/// The clock starts on Monday 2 March 2026, 08:00 in Vietnam (tests/Support/TestClock.cs).
/// </summary>
public abstract class ProcessScenarioTests : ProviderTestBase
{
    private static readonly TimeSpan Vn = TimeSpan.FromHours(7);

    [Fact]
    public async Task R7_1_A_normal_report_is_resolved_on_day_four_with_the_result_letter_and_a_request_to_rate()
    {
        await using var smtp = new LoopbackSmtpServer();
        var world = await WorldAsync(smtp);
        var code = await world.SubmitAsync();

        await Ok(world.CompleteAsync("an.nguyen", code, "verify", new { outcome = "accept" }));
        await world.AdvanceToAsync(Day(3, 9));
        await Ok(world.CompleteAsync("lan.le", code, "direct", new { instructions = "Giao tổ công trình vá ngay trong tuần." }));
        await world.AdvanceToAsync(Day(4, 10));
        await Ok(world.CompleteWithFilesAsync("an.nguyen", code, "record-result", new { result = "Đã vá ổ gà, mặt đường êm thuận." },
            ("attachments", "sau-khi-va.png", Media.MediaSamples.Png())));
        await world.AdvanceToAsync(Day(5, 14));
        await Ok(world.CompleteAsync("lan.le", code, "approve-result", new { decision = "approve", comment = "Đồng ý." }));
        await world.AdvanceToAsync(Day(16, 9)); // past every deadline: nothing more happens to a resolved report

        var report = await world.ReportAsync(code);
        Assert.Equal("closed", report.GetProperty("status").GetString());
        var notes = report.GetProperty("status_notes").GetString()!;
        Assert.StartsWith("Đã có kết quả xử lý của Ủy ban nhân dân phường Đoàn Kết.\n", notes, StringComparison.Ordinal);
        Assert.EndsWith(": Kết quả giải quyết của Ủy ban nhân dân phường Đoàn Kết: Đã vá ổ gà, mặt đường êm thuận.", notes, StringComparison.Ordinal); // issue 17 point 2: a public report's result
        var result = Mail(smtp, $"Kết quả giải quyết phản ánh {code}");
        Assert.Contains("Đã vá ổ gà, mặt đường êm thuận.", result.TextBody, StringComparison.Ordinal);
        Assert.Equal($"ket-qua-{code}.pdf", Assert.Single(result.Attachments.OfType<MimePart>()).FileName);
        Mail(smtp, $"Mời đánh giá kết quả giải quyết phản ánh {code}");
        Assert.DoesNotContain(smtp.Messages, m => m.Subject == $"Phản ánh {code} đang được giải quyết");
        var watch = await world.As("soc.officer").GetFromJsonAsync<JsonElement>("/api/v1/watch-list");
        Assert.DoesNotContain(watch.GetProperty("alerts").EnumerateArray(), a => a.GetProperty("reportCode").GetString() == code);
    }

    [Fact]
    public async Task R7_1_A_refused_approval_returns_the_report_to_record_result()
    {
        var world = await WorldAsync(null);
        var code = await world.SubmitAsync();
        await Ok(world.CompleteAsync("an.nguyen", code, "verify", new { outcome = "accept" }));
        await Ok(world.CompleteAsync("lan.le", code, "direct", new { instructions = "Xử lý ngay." }));
        await Ok(world.CompleteAsync("an.nguyen", code, "record-result", new { result = "Đã báo đơn vị." }));

        await Ok(world.CompleteAsync("lan.le", code, "approve-result", new { decision = "return", returnReason = "Chưa có ảnh hiện trường sau xử lý." }));

        Assert.Equal(["record-result"], (await world.TasksAsync("an.nguyen", code)).Select(t => t.GetProperty("formKey").GetString()));
    }

    [Fact]
    public async Task R7_2_Rejection_within_one_working_day_emails_the_reason_and_guidance_and_closes_the_report()
    {
        await using var smtp = new LoopbackSmtpServer();
        var world = await WorldAsync(smtp);
        var code = await world.SubmitAsync(f => f["description"] = "Đề nghị xem xét lại quyết định xử phạt hành chính của tôi.");

        await world.AdvanceToAsync(Day(2, 16));
        await Ok(world.CompleteAsync("an.nguyen", code, "verify", new
        {
            outcome = "reject",
            reason = "Nội dung là khiếu nại, không phải phản ánh hiện trường (R2.1).",
            guidance = "Gửi đơn khiếu nại đến Bộ phận tiếp công dân của UBND phường.",
        }));

        var mail = Mail(smtp, $"Phản ánh {code} không được tiếp nhận giải quyết");
        Assert.Contains("Lý do: Nội dung là khiếu nại, không phải phản ánh hiện trường (R2.1).", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("Hướng dẫn gửi lại phản ánh: Gửi đơn khiếu nại", mail.TextBody, StringComparison.Ordinal);
        var report = await world.ReportAsync(code);
        Assert.Equal("closed", report.GetProperty("status").GetString());
        Assert.Contains("Lý do: Nội dung là khiếu nại", report.GetProperty("status_notes").GetString(), StringComparison.Ordinal);
        Assert.Empty(await world.TasksAsync("an.nguyen", code));
    }

    [Fact]
    public async Task R7_2_A_report_not_verified_within_one_working_day_alerts_the_agency_and_the_centre()
    {
        var world = await WorldAsync(null);
        var code = await world.SubmitAsync();

        await world.AdvanceToAsync(Day(3, 17, 1)); // Monday 08:00 + 1 working day = Tuesday 17:00

        var agency = await world.As("an.nguyen").GetFromJsonAsync<JsonElement>("/api/v1/watch-list");
        var centre = await world.As("soc.officer").GetFromJsonAsync<JsonElement>("/api/v1/watch-list");
        Assert.Contains(agency.GetProperty("alerts").EnumerateArray(), a => a.GetProperty("kind").GetString() == "verify-late" && a.GetProperty("reportCode").GetString() == code);
        Assert.Contains(centre.GetProperty("alerts").EnumerateArray(), a => a.GetProperty("kind").GetString() == "verify-late");
        Assert.Contains(await world.TasksAsync("an.nguyen", code), t => t.GetProperty("formKey").GetString() == "verify"); // still to do
    }

    [Fact]
    public async Task R7_5_Transfer_reroutes_to_the_target_agency_tells_the_reporter_and_the_centre()
    {
        await using var smtp = new LoopbackSmtpServer();
        var world = await WorldAsync(smtp);
        var code = await world.SubmitAsync();

        await Ok(world.CompleteAsync("an.nguyen", code, "verify", new { outcome = "transfer", targetAgency = "UBND-03390", reason = "Đoạn đường thuộc địa bàn xã Bình Lư." }));

        Assert.Empty(await world.TasksAsync("an.nguyen", code));
        var verify = Assert.Single(await world.TasksAsync("minh.do", code));
        Assert.Equal(["agency:UBND-03390"], verify.GetProperty("candidateGroups").EnumerateArray().Select(g => g.GetString()));
        Assert.Equal("Ủy ban nhân dân xã Bình Lư", (await world.ReportAsync(code)).GetProperty("agency_responsible").GetString());
        Assert.Contains("xã Bình Lư", Mail(smtp, $"Phản ánh {code} đã được chuyển cơ quan giải quyết").TextBody, StringComparison.Ordinal);
        var centre = await world.As("soc.officer").GetFromJsonAsync<JsonElement>("/api/v1/watch-list");
        Assert.Contains(centre.GetProperty("alerts").EnumerateArray(), a => a.GetProperty("kind").GetString() == "transfer" && a.GetProperty("reportCode").GetString() == code);
    }

    [Fact]
    public async Task R7_5_The_centre_reroutes_a_report_being_handled_and_the_new_agency_verifies_it()
    {
        await using var smtp = new LoopbackSmtpServer();
        var world = await WorldAsync(smtp);
        var code = await world.SubmitAsync();
        await Ok(world.CompleteAsync("an.nguyen", code, "verify", new { outcome = "accept" }));
        await Ok(world.CompleteAsync("lan.le", code, "direct", new { instructions = "Kiểm tra hiện trường." }));
        await world.AdvanceToAsync(Day(3, 9));

        var response = await world.As("soc.officer").PostAsJsonAsync($"/api/v1/reports/{code}/reroute", new { targetAgency = "UBND-03390", reason = "Đoạn đường thuộc địa bàn xã Bình Lư." });
        await world.IdleAsync();

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Empty(await world.TasksAsync("an.nguyen", code)); // record-result ended with the old agency's handling
        Assert.Equal("verify", Assert.Single(await world.TasksAsync("minh.do", code)).GetProperty("formKey").GetString());
        Assert.Equal("Ủy ban nhân dân xã Bình Lư", (await world.ReportAsync(code)).GetProperty("agency_responsible").GetString());
        Assert.Contains("xã Bình Lư", Mail(smtp, $"Phản ánh {code} đã được chuyển cơ quan giải quyết").TextBody, StringComparison.Ordinal);
        await Ok(world.CompleteAsync("minh.do", code, "verify", new { outcome = "accept" }));
        // Art. 7.3: the new agency counts from its receipt, Tue 3 March (as after a transfer, from its acceptance on).
        Assert.Equal(Day(10, 17), Assert.Single(await world.TasksAsync("hoa.vu", code)).GetProperty("dueAt").GetDateTimeOffset());
        var view = await world.As("minh.do").GetFromJsonAsync<JsonElement>($"/api/v1/reports/{code}");
        Assert.Equal(Day(10, 17), view.GetProperty("dueAt").GetDateTimeOffset());
        var audit = await world.As("soc.officer").GetFromJsonAsync<JsonElement>($"/api/v1/reports/{code}/audit");
        var entry = Assert.Single(audit.EnumerateArray(), a => a.GetProperty("action").GetString() == "reroute");
        Assert.Equal(("soc.officer", "UBND-03388 → UBND-03390: Đoạn đường thuộc địa bàn xã Bình Lư."),
            (entry.GetProperty("actor").GetString(), entry.GetProperty("detail").GetString()));
    }

    [Fact]
    public async Task R7_5_Only_the_centre_reroutes_with_a_reason_to_another_agency_while_the_report_is_handled()
    {
        var world = await WorldAsync(null);
        var code = await world.SubmitAsync();
        var url = $"/api/v1/reports/{code}/reroute";
        var centre = world.As("soc.officer");

        Assert.Equal(HttpStatusCode.Forbidden, (await world.As("an.nguyen").PostAsJsonAsync(url, new { targetAgency = "UBND-03390", reason = "Sai địa bàn xã" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await world.As("minh.do").PostAsJsonAsync(url, new { targetAgency = "UBND-03390", reason = "Sai địa bàn xã" })).StatusCode);
        await Invalid(centre.PostAsJsonAsync(url, new { targetAgency = "UBND-03390", reason = "" }), "reason");
        await Invalid(centre.PostAsJsonAsync(url, new { targetAgency = "UBND-03388", reason = "Sai địa bàn xã" }), "targetAgency");
        await Invalid(centre.PostAsJsonAsync(url, new { targetAgency = "SOC-IOC", reason = "Sai địa bàn xã" }), "targetAgency");
        await Invalid(centre.PostAsJsonAsync(url, new { targetAgency = "KHONG-CO", reason = "Sai địa bàn xã" }), "targetAgency");
        Assert.Equal("verify", Assert.Single(await world.TasksAsync("an.nguyen", code)).GetProperty("formKey").GetString());

        var resolved = await ResolvedAsync(world);
        var late = await centre.PostAsJsonAsync($"/api/v1/reports/{resolved}/reroute", new { targetAgency = "UBND-03390", reason = "Sai địa bàn xã" });
        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        var audit = await centre.GetFromJsonAsync<JsonElement>($"/api/v1/reports/{code}/audit");
        Assert.DoesNotContain(audit.EnumerateArray(), a => a.GetProperty("action").GetString() == "reroute");
    }

    [Fact]
    public async Task R7_4_Coordination_one_agency_answers_and_the_late_one_is_alerted_after_two_working_days()
    {
        var world = await WorldAsync(null);
        var code = await world.SubmitAsync();
        await Ok(world.CompleteAsync("an.nguyen", code, "verify", new { outcome = "coordinate", coordinatingAgencies = new[] { "UBND-03390", "UBND-TINH" } }));

        Assert.Single(await world.TasksAsync("minh.do", code));
        Assert.Single(await world.TasksAsync("tinh.officer", code));
        await Ok(world.CompleteAsync("minh.do", code, "coordinate", new { opinion = "Xã Bình Lư thống nhất, sẽ hỗ trợ nhân lực." }));
        await world.AdvanceToAsync(Day(4, 17, 1)); // 2 working days after Monday: Wednesday 17:00

        var provincial = await world.As("tinh.officer").GetFromJsonAsync<JsonElement>("/api/v1/watch-list");
        Assert.Contains(provincial.GetProperty("alerts").EnumerateArray(), a => a.GetProperty("kind").GetString() == "coordination-late" && a.GetProperty("agency").GetString() == "UBND-TINH");
        Assert.Empty(await world.TasksAsync("lan.le", code)); // direct waits for every opinion
        await Ok(world.CompleteAsync("tinh.officer", code, "coordinate", new { opinion = "Đồng ý phương án." }));
        Assert.Equal(["direct"], (await world.TasksAsync("lan.le", code)).Select(t => t.GetProperty("formKey").GetString()));
    }

    [Fact]
    public async Task R7_3_Overdue_after_five_working_days_and_the_still_handling_notice_after_six()
    {
        await using var smtp = new LoopbackSmtpServer();
        var world = await WorldAsync(smtp);
        var code = await world.SubmitAsync();
        await Ok(world.CompleteAsync("an.nguyen", code, "verify", new { outcome = "accept" }));

        await world.AdvanceToAsync(Day(9, 17, 1)); // the 5th working day after Monday 2 March: Monday 9 March
        var staff = await world.As("an.nguyen").GetFromJsonAsync<JsonElement>($"/api/v1/reports/{code}");
        Assert.True(staff.GetProperty("overdue").GetBoolean());
        Assert.DoesNotContain(smtp.Messages, m => m.Subject == $"Phản ánh {code} đang được giải quyết");

        await world.AdvanceToAsync(Day(10, 17, 1));
        Assert.Contains("đang được Ủy ban nhân dân phường Đoàn Kết tiếp tục xem xét", Mail(smtp, $"Phản ánh {code} đang được giải quyết").TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task R7_3_An_agencys_own_limit_is_the_one_deadline_the_receipt_open311_staff_and_the_timer_use()
    {
        await using var smtp = new LoopbackSmtpServer();
        var world = await WorldAsync(smtp);
        Assert.Equal(HttpStatusCode.BadRequest, (await world.SetLimitAsync("UBND-03388", 6)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await world.SetLimitAsync("UBND-03388", 3)).StatusCode);

        var code = await world.SubmitAsync(); // Monday 2 March 08:00
        var due = Day(5, 17); // 3 working days: Thursday 5 March, end of the working day

        Assert.Equal(due, (await world.ReportAsync(code)).GetProperty("expected_datetime").GetDateTimeOffset());
        Assert.Equal(due, (await world.As("an.nguyen").GetFromJsonAsync<JsonElement>($"/api/v1/reports/{code}")).GetProperty("dueAt").GetDateTimeOffset());
        Assert.Contains("Thời hạn giải quyết: trước 05/03/2026 17:00", Mail(smtp, $"Đã tiếp nhận phản ánh {code}").TextBody, StringComparison.Ordinal);
        await world.AdvanceToAsync(Day(5, 16, 59));
        Assert.False((await world.As("an.nguyen").GetFromJsonAsync<JsonElement>($"/api/v1/reports/{code}")).GetProperty("overdue").GetBoolean());
        await world.AdvanceToAsync(Day(5, 17, 1));
        Assert.True((await world.As("an.nguyen").GetFromJsonAsync<JsonElement>($"/api/v1/reports/{code}")).GetProperty("overdue").GetBoolean());
    }

    [Fact]
    public async Task R2_2_An_urgent_report_goes_straight_to_the_leaders_with_an_hours_deadline_and_the_centre_is_alerted()
    {
        var world = await WorldAsync(null);

        var code = await world.SubmitAsync(f =>
        {
            f["service_code"] = "sat-lo";
            f["description"] = "Sạt lở taluy dương lấp nửa mặt đường, đá vẫn đang rơi.";
        });

        Assert.Empty(await world.TasksAsync("an.nguyen", code));
        var direct = Assert.Single(await world.TasksAsync("lan.le", code));
        Assert.Equal("direct", direct.GetProperty("formKey").GetString());
        Assert.Equal(Day(2, 12), direct.GetProperty("dueAt").GetDateTimeOffset());
        var centre = await world.As("soc.officer").GetFromJsonAsync<JsonElement>("/api/v1/watch-list");
        Assert.Contains(centre.GetProperty("alerts").EnumerateArray(), a => a.GetProperty("kind").GetString() == "urgent" && a.GetProperty("reportCode").GetString() == code);
    }

    [Fact]
    public async Task R2_2_UrgentAlertRepeatsHourlyUntilClaimed()
    {
        var world = await WorldAsync(null);
        var code = await world.SubmitAsync(f =>
        {
            f["service_code"] = "sat-lo";
            f["description"] = "Sạt lở taluy dương lấp nửa mặt đường, đá vẫn đang rơi.";
        });
        async Task<int> UrgentAlertsAsync() => (await world.As("soc.officer").GetFromJsonAsync<JsonElement>("/api/v1/watch-list")).GetProperty("alerts")
            .EnumerateArray().Count(a => a.GetProperty("kind").GetString() == "urgent" && a.GetProperty("reportCode").GetString() == code);

        await world.AdvanceToAsync(Day(2, 10, 1)); // received Monday 08:00: repeated at 09:00 and 10:00
        Assert.Equal(3, await UrgentAlertsAsync());
        var direct = Assert.Single(await world.TasksAsync("lan.le", code));
        var claim = await world.As("lan.le").PostAsync($"/api/v1/tasks/{direct.GetProperty("id").GetGuid()}/claim", null);
        await world.IdleAsync();
        await world.AdvanceToAsync(Day(2, 13, 1));

        Assert.Equal(HttpStatusCode.NoContent, claim.StatusCode);
        Assert.Equal(3, await UrgentAlertsAsync());
    }

    [Fact]
    public async Task R8_1_A_reply_creates_a_clarify_task_and_the_answer_is_emailed()
    {
        await using var smtp = new LoopbackSmtpServer();
        var world = await WorldAsync(smtp);
        var code = await ResolvedAsync(world);

        var reply = await Feedback(world, code, new { phone = "0912345678", kind = "reply", text = "Đoạn cuối đường vẫn còn ổ gà, đề nghị kiểm tra." });
        await world.IdleAsync();
        await Ok(world.CompleteAsync("an.nguyen", code, "clarify", new { answer = "Đoạn cuối thuộc dự án nâng cấp, sẽ thảm lại trong tháng 4." }));

        Assert.Equal(HttpStatusCode.OK, reply.StatusCode);
        Assert.Contains("sẽ thảm lại trong tháng 4", Mail(smtp, $"Giải trình về kết quả giải quyết phản ánh {code}").TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task R8_2_The_rating_is_recorded_and_a_wrong_phone_or_rating_is_refused()
    {
        var world = await WorldAsync(null);
        var code = await ResolvedAsync(world);

        var wrongPhone = await Feedback(world, code, new { phone = "0987000000", kind = "rating", rating = "satisfied" });
        var wrongRating = await Feedback(world, code, new { phone = "0912345678", kind = "rating", rating = "tuyệt vời" });
        var rated = await Feedback(world, code, new { phone = "0912 345 678", kind = "rating", rating = "Chấp nhận được" });
        await world.IdleAsync();

        Assert.Equal(HttpStatusCode.NotFound, wrongPhone.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, wrongRating.StatusCode);
        Assert.Equal(HttpStatusCode.OK, rated.StatusCode);
        Assert.Equal("acceptable", (await world.As("an.nguyen").GetFromJsonAsync<JsonElement>($"/api/v1/reports/{code}")).GetProperty("rating").GetString());
    }

    [Fact]
    public async Task R7_6_An_unaccepted_answer_escalates_to_the_provincial_committee_which_assigns_the_agency()
    {
        var world = await WorldAsync(null);
        var code = await ResolvedAsync(world);

        var resubmitted = await world.Integration.PostAsJsonAsync($"/api/v1/reports/{code}/resubmit", new { phone = "0912345678", text = "Ổ gà vẫn còn, tôi không đồng ý với kết quả." });
        await world.IdleAsync();
        await Ok(world.CompleteAsync("tinh.officer", code, "assign-agency", new { agency = "UBND-03390" }));

        Assert.Equal(HttpStatusCode.OK, resubmitted.StatusCode);
        Assert.Equal(["verify"], (await world.TasksAsync("minh.do", code)).Select(t => t.GetProperty("formKey").GetString()));
        Assert.Equal("open", (await world.ReportAsync(code)).GetProperty("status").GetString());
        var centre = await world.As("soc.officer").GetFromJsonAsync<JsonElement>("/api/v1/watch-list");
        Assert.Contains(centre.GetProperty("alerts").EnumerateArray(), a => a.GetProperty("kind").GetString() == "escalated" && a.GetProperty("reportCode").GetString() == code);
    }

    [Fact]
    public async Task R7_6_Agencies_that_disagree_go_to_the_provincial_committee_which_has_a_due_date_of_its_own()
    {
        var world = await WorldAsync(null);
        var code = await world.SubmitAsync();
        await Ok(world.CompleteAsync("an.nguyen", code, "verify", new { outcome = "coordinate", coordinatingAgencies = new[] { "UBND-03390" } }));
        var reason = new { reason = "Xã Bình Lư cho rằng đoạn đường thuộc phường quản lý." };

        var officer = await ReportSteps.MessageAsync(world, world.As("minh.do"), "report-disagreement", code, reason);
        var outsider = await ReportSteps.MessageAsync(world, world.As("tinh.leader"), "report-disagreement", code, reason);
        var leader = await ReportSteps.MessageAsync(world, world.As("hoa.vu"), "report-disagreement", code, reason);

        Assert.Equal((HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.OK), (officer.StatusCode, outsider.StatusCode, leader.StatusCode));
        Assert.Empty(await world.TasksAsync("minh.do", code)); // the coordination ended with the handling
        var assign = Assert.Single(await world.TasksAsync("tinh.officer", code));
        Assert.Equal(("assign-agency", Day(4, 17)), (assign.GetProperty("formKey").GetString(), assign.GetProperty("dueAt").GetDateTimeOffset()));
        Assert.Contains(("hoa.vu", "disagreement", reason.reason), await ReportSteps.AuditAsync(world, code));
        await Ok(world.CompleteAsync("tinh.officer", code, "assign-agency", new { agency = "UBND-03390" }));
        Assert.Equal(["verify"], (await world.TasksAsync("minh.do", code)).Select(t => t.GetProperty("formKey").GetString()));
    }

    [Fact]
    public async Task R7_3_ExtensionApprovedMovesDeadline_clears_the_overdue_flag_tells_the_reporter_and_counts_as_extended()
    {
        await using var smtp = new LoopbackSmtpServer();
        var world = await WorldAsync(smtp);
        var code = await world.SubmitAsync();
        await Ok(world.CompleteAsync("an.nguyen", code, "verify", new { outcome = "accept" }));
        await world.AdvanceToAsync(Day(9, 17, 1));
        Assert.True((await ReportSteps.StaffViewAsync(world, code)).GetProperty("overdue").GetBoolean());
        var ask = new { requestedDate = "2026-03-13", reason = "Cần thuê máy chuyên dụng để xử lý." };

        var officer = await ReportSteps.MessageAsync(world, world.As("an.nguyen"), "report-extension-request", code, ask);
        var tooEarly = await ReportSteps.MessageAsync(world, world.As("lan.le"), "report-extension-request", code, ask with { requestedDate = "2026-03-09" });
        var leader = await ReportSteps.MessageAsync(world, world.As("lan.le"), "report-extension-request", code, ask);
        Assert.Equal((HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.OK), (officer.StatusCode, tooEarly.StatusCode, leader.StatusCode));
        var decide = Assert.Single(await world.TasksAsync("soc.officer", code), t => t.GetProperty("formKey").GetString() == "decide-extension");
        await Ok(world.CompleteAsync("soc.officer", code, "decide-extension", new { decision = "approve", newDate = "2026-03-13", comment = "Đồng ý." }));

        var view = await ReportSteps.StaffViewAsync(world, code);
        Assert.Equal((Day(13, 17), false), (view.GetProperty("dueAt").GetDateTimeOffset(), view.GetProperty("overdue").GetBoolean()));
        Assert.Equal(Day(13, 17), (await world.ReportAsync(code)).GetProperty("expected_datetime").GetDateTimeOffset());
        var mail = Mail(smtp, $"Thời hạn giải quyết phản ánh {code} được gia hạn");
        Assert.Contains("đến 13/03/2026 17:00", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("Lý do: Cần thuê máy chuyên dụng để xử lý.", mail.TextBody, StringComparison.Ordinal);
        var audit = await ReportSteps.AuditAsync(world, code);
        Assert.Contains(("lan.le", "extension-request", "13/03/2026: Cần thuê máy chuyên dụng để xử lý."), audit);
        Assert.Contains(("soc.officer", "extension", "approve: 09/03/2026 → 13/03/2026; Cần thuê máy chuyên dụng để xử lý.; Đồng ý."), audit);
        await world.AdvanceToAsync(Day(12, 9));
        Assert.False((await ReportSteps.StaffViewAsync(world, code)).GetProperty("overdue").GetBoolean());
        await Ok(world.CompleteAsync("lan.le", code, "direct", new { instructions = "Thuê máy, xử lý trong tuần." }));
        await Ok(world.CompleteAsync("an.nguyen", code, "record-result", new { result = "Đã xử lý xong." }));
        await Ok(world.CompleteAsync("lan.le", code, "approve-result", new { decision = "approve" }));

        var figures = await ReportSteps.MonthlyTotalsAsync(world, 2026, 3);
        Assert.Equal((1, 1, 0, 0), (figures.Extended, figures.ResolvedOnTime, figures.ResolvedLate, figures.Overdue));
        Assert.Equal(JsonValueKind.String, decide.GetProperty("formKey").ValueKind);
    }

    [Fact]
    public async Task R7_3_An_approved_extension_moves_the_due_date_of_the_open_tasks_due_at_the_old_deadline()
    {
        var world = await WorldAsync(null);
        var code = await world.SubmitAsync();
        await Ok(world.CompleteAsync("an.nguyen", code, "verify", new { outcome = "accept" }));
        Assert.Equal(Day(9, 17), Assert.Single(await world.TasksAsync("lan.le", code)).GetProperty("dueAt").GetDateTimeOffset());

        await Ok(ReportSteps.MessageAsync(world, world.As("lan.le"), "report-extension-request", code, new { requestedDate = "2026-03-16", reason = "Chờ vật tư thay thế từ tỉnh." }));
        var decide = Assert.Single(await world.TasksAsync("soc.officer", code), t => t.GetProperty("formKey").GetString() == "decide-extension");
        Assert.Equal(Day(3, 17), decide.GetProperty("dueAt").GetDateTimeOffset()); // the centre's own day, untouched below
        await Ok(world.CompleteAsync("soc.officer", code, "decide-extension", new { decision = "approve", newDate = "2026-03-16", comment = "Đồng ý gia hạn." }));

        var direct = Assert.Single(await world.TasksAsync("lan.le", code));
        Assert.Equal(("direct", Day(16, 17)), (direct.GetProperty("formKey").GetString(), direct.GetProperty("dueAt").GetDateTimeOffset()));
        await Ok(world.CompleteAsync("lan.le", code, "direct", new { instructions = "Thay vật tư khi về." }));
        Assert.Equal(Day(16, 17), Assert.Single(await world.TasksAsync("an.nguyen", code)).GetProperty("dueAt").GetDateTimeOffset());
    }

    [Fact]
    public async Task R9_A_hidden_report_that_goes_overdue_is_flagged_on_the_watch_list()
    {
        var world = await WorldAsync(null);
        var code = await world.SubmitAsync();
        await Ok(world.As("an.nguyen").PostAsJsonAsync($"/api/v1/reports/{code}/hide", new { reason = "Nội dung có thông tin cá nhân của người khác (R5.6)." }));

        await world.AdvanceToAsync(Day(9, 17, 1));

        var watch = await world.As("soc.officer").GetFromJsonAsync<JsonElement>("/api/v1/watch-list");
        Assert.Contains(watch.GetProperty("reports").EnumerateArray(), r => r.GetProperty("code").GetString() == code && r.GetProperty("hiddenAndOverdue").GetBoolean());
    }

    private async Task<ReportWorld> WorldAsync(LoopbackSmtpServer? smtp)
    {
        var host = NewHost();
        if (smtp is not null)
        {
            host.WithSmtp(smtp.Port);
        }

        Configure(host);
        var world = await ReportWorld.StartAsync(host);
        await PrepareAsync(world);
        return world;
    }

    /// <summary>Settings of a variant, before the host starts.</summary>
    protected virtual void Configure(HostFactory host)
    {
    }

    /// <summary>What a variant deploys once the host runs.</summary>
    private protected virtual Task PrepareAsync(ReportWorld world) => Task.CompletedTask;

    /// <summary>A report accepted, directed, recorded and approved on Monday 2 March.</summary>
    private static async Task<string> ResolvedAsync(ReportWorld world)
    {
        var code = await world.SubmitAsync();
        await Ok(world.CompleteAsync("an.nguyen", code, "verify", new { outcome = "accept" }));
        await Ok(world.CompleteAsync("lan.le", code, "direct", new { instructions = "Xử lý ngay." }));
        await Ok(world.CompleteAsync("an.nguyen", code, "record-result", new { result = "Đã vá ổ gà." }));
        await Ok(world.CompleteAsync("lan.le", code, "approve-result", new { decision = "approve" }));
        return code;
    }

    private static Task<HttpResponseMessage> Feedback(ReportWorld world, string code, object body) =>
        world.Integration.PostAsJsonAsync($"/api/v1/reports/{code}/feedback", body);

    /// <summary>An instant in March 2026, Vietnam time.</summary>
    private static DateTimeOffset Day(int day, int hour, int minute = 0) => new(2026, 3, day, hour, minute, 0, Vn);

    private static MimeMessage Mail(LoopbackSmtpServer smtp, string subject) => Assert.Single(smtp.Messages.Where(m => m.Subject == subject).ToList());

    private static async Task Invalid(Task<HttpResponseMessage> call, string field)
    {
        var response = await call;
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, body);
        Assert.True(JsonDocument.Parse(body).RootElement.GetProperty("errors").TryGetProperty(field, out _), body);
    }

    private static async Task Ok(Task<HttpResponseMessage> call)
    {
        var response = await call;
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }
}

public sealed class SqliteProcessScenarioTests : ProcessScenarioTests;

/// <summary>
/// Issue 16 point 3: the host names no step of the process by its element id. Every story above runs unchanged against
/// a copy of the shipped definition whose every id (process, elements, flows, messages, errors, diagram) is renamed,
/// deployed through the API with the shipped forms; intake starts that copy (<c>Reports:Intake:ProcessId</c>).
/// </summary>
public sealed class RenamedIdsProcessScenarioTests : ProcessScenarioTests
{
    protected override void Configure(HostFactory host) => host.With("Reports:Intake:ProcessId", RenamedDefinition.ProcessId);

    private protected override async Task PrepareAsync(ReportWorld world)
    {
        using var body = new MultipartFormDataContent();
        body.Add(new StringContent(RenamedDefinition.Xml()), "resources", "renamed.bpmn");
        var response = await world.Admin.PostAsync("/api/v1/deployments", body);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
    }
}

[Collection(PostgresCollection.Name)]
public sealed class PostgresProcessScenarioTests : ProcessScenarioTests
{
    public PostgresProcessScenarioTests(PostgresDatabase database) => Postgres = database;
}
