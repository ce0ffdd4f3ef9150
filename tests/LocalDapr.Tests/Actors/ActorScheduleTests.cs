using LocalDapr.Actors;

namespace LocalDapr.Tests.Actors;

public sealed class ActorScheduleTests
{
    private static readonly DateTimeOffset Now = new(2026, 1, 1, 12, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("PT5S")]
    [InlineData("5s")]
    [InlineData("0h0m5s0ms")]
    [InlineData("2026-01-01T12:00:05Z")]
    public void Due_times_in_every_form_daprd_accepts_give_the_same_first_fire(string dueTime)
    {
        Assert.Equal(Now.AddSeconds(5), ActorSchedule.Parse(dueTime, null, null, Now).FirstFire);
    }

    [Fact]
    public void An_iso_repetition_limits_the_number_of_fires()
    {
        var schedule = ActorSchedule.Parse("", "R3/PT1S", null, Now);

        Assert.Equal(TimeSpan.FromSeconds(1), schedule.Period);
        Assert.Equal(3, schedule.Repetitions);
    }

    [Fact]
    public void A_limited_reminder_stops_after_its_last_repetition()
    {
        var call = ScheduledCall.Create(new ActorKey("T", "1"), "r", new ScheduleRequest("0s", "R2/PT1S", null, null, null), Now);

        var second = call.AfterFire(Now);

        Assert.NotNull(second);
        Assert.Null(second.AfterFire(Now.AddSeconds(1)));
    }

    [Theory]
    [InlineData("soon")]
    [InlineData("R0/PT1S")]
    [InlineData("P")]
    public void Invalid_periods_are_rejected(string period)
    {
        Assert.Throws<FormatException>(() => ActorSchedule.Parse("", period, null, Now));
    }
}
