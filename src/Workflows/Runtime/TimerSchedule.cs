using System.Globalization;
using LaiChau.Workflows.Calendar;
using LaiChau.Workflows.Bpmn;
using LaiChau.Workflows.Feel;
using LaiChau.Workflows.Model;

namespace LaiChau.Workflows.Runtime;

/// <summary>
/// Timers as subscriptions with a due instant (ADR 6 point 6): the host fires them, the semantics only computes
/// when. Values are literal ISO 8601 or FEEL, evaluated once at activation from the clock.
/// </summary>
internal sealed class TimerSchedule(IAgenda agenda, Func<WorkingDayCalculator> workingDays)
{
    private const int MaxCatchUpSteps = 100_000;

    private ProcessModel Model => agenda.State.Model;

    /// <summary>A value that does not make an instant (bad text, out of the calendar's years) is a FEEL failure: an incident.</summary>
    public void Open(Guid owner, FlowNode catcher, TimerEventDefinition timer, IFeelVariables variables)
    {
        try
        {
            OpenTimerUnchecked(owner, catcher, timer, variables);
        }
        catch (Exception e) when (e is FormatException or OverflowException or ArgumentOutOfRangeException)
        {
            throw new FeelException($"Timer '{timer.Value}' of '{catcher.Id}': {e.Message}", e);
        }
    }

    private void OpenTimerUnchecked(Guid owner, FlowNode catcher, TimerEventDefinition timer, IFeelVariables variables)
    {
        var now = agenda.Now;
        DateTimeOffset due;
        int? repetitionsLeft = null;
        string? interval = null;
        switch (timer.Kind)
        {
            case TimerKind.Date:
                due = agenda.Expressions.EvaluateInstant(timer.Value, variables)
                    ?? throw new FeelException($"Timer date '{timer.Value}' of '{catcher.Id}' evaluated to null.");
                break;
            case TimerKind.Duration:
                due = AddDuration(catcher, now, ReadDuration(agenda.Expressions.Evaluate(timer.Value, variables), catcher));
                break;
            default:
                var cycle = ReadCycle(agenda.Expressions.Evaluate(timer.Value, variables), catcher);
                interval = cycle.Interval;
                repetitionsLeft = cycle.Repetitions < 0 ? -1 : Math.Max(cycle.Repetitions, 1) - 1;
                due = FirstDue(catcher, now, cycle.Start, interval);
                break;
        }

        var subscription = new EventSubscription
        {
            Id = agenda.NewId(),
            Kind = SubscriptionKind.Timer,
            ElementInstanceId = owner,
            ElementId = catcher.Id,
            DueAt = due,
            RepetitionsLeft = repetitionsLeft,
            Interval = interval,
        };
        agenda.State.AddSubscription(subscription);
        agenda.Emit(new TimerScheduled(agenda.Now, subscription.Id, owner, catcher.Id, due, repetitionsLeft, interval));
    }

    /// <summary>
    /// A cycle re-arms after a firing when repetitions are left and its catcher does not interrupt (only a
    /// non-interrupting boundary or event sub-process start can fire more than once). The next due instant follows
    /// the previous one, not the firing instant, so a late host does not shift the series.
    /// </summary>
    public void Rearm(EventSubscription fired, FlowNode catcher)
    {
        if (fired is not { RepetitionsLeft: { } left and not 0, Interval: { } interval, DueAt: { } due } || !MessageSubscriptions.CanRepeat(Model, catcher))
        {
            return;
        }

        DateTimeOffset nextDue;
        try
        {
            nextDue = AddDuration(catcher, due, ReadDuration(FeelValue.String(interval), catcher));
        }
        catch (Exception e) when (e is OverflowException or ArgumentOutOfRangeException)
        {
            return; // past the calendar's last year: the series ends
        }

        var next = fired with { Id = agenda.NewId(), DueAt = nextDue, RepetitionsLeft = left < 0 ? -1 : left - 1 };
        agenda.State.AddSubscription(next);
        agenda.Emit(new TimerScheduled(agenda.Now, next.Id, next.ElementInstanceId, next.ElementId, next.DueAt!.Value, next.RepetitionsLeft, next.Interval));
    }

    /// <summary>A duration value (FEEL or ISO 8601 text) after <paramref name="from"/>, counted as <see cref="AddDuration"/> does (a task's due date).</summary>
    public DateTimeOffset After(FlowNode catcher, DateTimeOffset from, FeelValue duration) =>
        AddDuration(catcher, from, ReadDuration(duration, catcher));

    /// <summary>
    /// With <c>calendar = working-days</c>, a duration of whole days (<c>P5D</c>, <c>P1W</c> = 7 days) counts working
    /// days and ends at the close of office hours (<see cref="Calendar.WorkingDayCalculator.AddWorkingDays(DateTimeOffset, int)"/>).
    /// A duration with a time part, or in years/months, is counted on the clock: working hours are not modelled.
    /// </summary>
    private DateTimeOffset AddDuration(FlowNode catcher, DateTimeOffset from, FeelValue duration)
    {
        if (duration.Kind == FeelKind.YearsMonthsDuration)
        {
            return from.AddMonths(duration.AsTotalMonths());
        }

        var span = duration.AsDaysTimeDuration();
        var inWorkingDays = catcher.Properties.TryGetValue(ZeebeVocabulary.Property.Calendar, out var calendar)
            && calendar == ZeebeVocabulary.Property.WorkingDays;
        if (inWorkingDays && span > TimeSpan.Zero && span.Ticks % TimeSpan.TicksPerDay == 0)
        {
            return workingDays().AddWorkingDays(from, (int)(span.Ticks / TimeSpan.TicksPerDay));
        }

        return from + span;
    }

    private static FeelValue ReadDuration(FeelValue value, FlowNode catcher)
    {
        if (value.Kind is FeelKind.DaysTimeDuration or FeelKind.YearsMonthsDuration)
        {
            return value;
        }

        if (value.Kind == FeelKind.String && FeelTemporal.TryParseDuration(value.AsString(), out var parsed))
        {
            return parsed;
        }

        throw new FeelException($"Timer of '{catcher.Id}': '{value}' is not an ISO 8601 duration.");
    }

    /// <summary><c>R3/PT1H</c>, <c>R/P1D</c>, <c>R/2026-03-02T08:00:00+07:00/P1D</c>; a FEEL duration repeats without end.</summary>
    private static (int Repetitions, DateTimeOffset? Start, string Interval) ReadCycle(FeelValue value, FlowNode catcher)
    {
        if (value.Kind == FeelKind.DaysTimeDuration)
        {
            return (-1, null, ReadDurationText(value));
        }

        var text = value.Kind == FeelKind.String ? value.AsString() : "";
        var parts = text.Split('/');
        if (parts.Length is 2 or 3 && parts[0].StartsWith('R') && FeelTemporal.TryParseDuration(parts[^1], out _))
        {
            var count = -1;
            DateTimeOffset start = default;
            if ((parts[0].Length == 1 || int.TryParse(parts[0][1..], NumberStyles.None, CultureInfo.InvariantCulture, out count))
                && (parts.Length == 2 || DateTimeOffset.TryParse(parts[1], CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out start)))
            {
                return (count, parts.Length == 3 ? start : null, parts[^1]);
            }
        }

        throw new FeelException($"Timer of '{catcher.Id}': '{value}' is not an ISO 8601 repeating interval.");
    }

    private static string ReadDurationText(FeelValue duration) => StoredValue.Normalize(duration) is { Kind: FeelKind.String } text
        ? text.AsString()
        : throw new FeelException($"'{duration}' has no ISO 8601 form.");

    /// <summary>A cycle with a start fires first at the start; a start already past moves on by whole intervals.</summary>
    private DateTimeOffset FirstDue(FlowNode catcher, DateTimeOffset now, DateTimeOffset? start, string interval)
    {
        var step = ReadDuration(FeelValue.String(interval), catcher);
        if (start is not { } due)
        {
            return AddDuration(catcher, now, step);
        }

        for (var i = 0; due < now && i < MaxCatchUpSteps; i++)
        {
            due = AddDuration(catcher, due, step);
        }

        return due;
    }
}
