using PurchasePlatform.Orchestrator.Saga;
using PurchasePlatform.Orchestrator.Tests.Fakes;

namespace PurchasePlatform.Orchestrator.Tests.Saga;

public sealed class PurchaseSagaTests
{
    [Fact]
    public async Task A_purchase_with_stock_and_a_good_card_completes_with_every_step_once()
    {
        var runner = new SagaRunner();
        runner.Shop.Product("a", 5, 1_250);
        runner.Shop.Product("b", 5, 500);

        var state = await runner.RunAsync(runner.Begin(("a", 2), ("b", 1)));

        Assert.Equal(PurchaseStatus.Completed, state.Status);
        Assert.All(state.Lines, line => Assert.Equal(LineStatus.Confirmed, line.Status));
        Assert.Equal(["Reserve", "Reserve", "Price", "CreateOrder", "Charge", "ConfirmReservation", "ConfirmReservation", "ConfirmOrder", "Notify"],
            runner.Shop.Calls);
        Assert.Equal(3_000, runner.Shop.ChargedCents);
        Assert.Equal(3_000, state.AmountCents);
        Assert.Equal((3, 2), (runner.Shop.Available("a"), runner.Shop.Sold("a")));
        Assert.Equal("confirmed", runner.Shop.StatusOfOrder(state.OrderId!));
        Assert.Equal([PurchaseStatus.Pending, PurchaseStatus.Reserving, PurchaseStatus.Ordering, PurchaseStatus.Paying, PurchaseStatus.Confirming,
            PurchaseStatus.Completed], runner.Statuses);
        Assert.Equal(["purchase-1"], runner.Shop.Notified);
    }

    [Fact]
    public async Task Out_of_stock_releases_what_was_reserved_and_fails_without_an_order_or_a_charge()
    {
        var runner = new SagaRunner();
        runner.Shop.Product("a", 5);
        runner.Shop.Product("b", 0);

        var state = await runner.RunAsync(runner.Begin(("a", 2), ("b", 1)));

        Assert.Equal(PurchaseStatus.Failed, state.Status);
        Assert.Equal("Out of stock: b", state.Reason);
        Assert.Equal([LineStatus.Released, LineStatus.OutOfStock], state.Lines.Select(l => l.Status));
        Assert.Equal(5, runner.Shop.Available("a"));
        Assert.DoesNotContain("CreateOrder", runner.Shop.Calls);
        Assert.DoesNotContain("Charge", runner.Shop.Calls);
        Assert.Equal(0, runner.Shop.ChargedCents);
        Assert.Equal([PurchaseStatus.Pending, PurchaseStatus.Reserving, PurchaseStatus.Compensating, PurchaseStatus.Failed], runner.Statuses);
    }

    [Fact]
    public async Task A_declined_card_cancels_the_order_and_releases_the_stock()
    {
        var runner = new SagaRunner();
        runner.Shop.Product("a", 1);
        runner.Shop.DeclineCards = true;

        var state = await runner.RunAsync(runner.Begin(("a", 1)));

        Assert.Equal(PurchaseStatus.Failed, state.Status);
        Assert.StartsWith("Payment declined", state.Reason);
        Assert.Equal("cancelled", runner.Shop.StatusOfOrder(state.OrderId!));
        Assert.Equal(1, runner.Shop.Available("a"));
        Assert.DoesNotContain("Refund", runner.Shop.Calls);
        Assert.Equal(0, runner.Shop.ChargedCents);
    }

    [Fact]
    public async Task A_payment_that_keeps_timing_out_is_retried_with_growing_waits_then_compensated()
    {
        var runner = new SagaRunner(retry: new SagaRetryPolicy
        {
            MaxAttempts = 4, FirstDelay = TimeSpan.FromSeconds(1), MaxDelay = TimeSpan.FromSeconds(3),
        });
        runner.Shop.Product("a", 1);
        runner.Shop.Unavailable("Charge", 100);

        var state = await runner.RunAsync(runner.Begin(("a", 1)));

        Assert.Equal(PurchaseStatus.Failed, state.Status);
        Assert.Contains("Charge failed after 4 attempts", state.Reason);
        Assert.Equal(4, runner.Shop.Calls.Count(c => c == "Charge"));
        Assert.Equal([TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(3)], runner.Waits);
        // The charge's answers were lost, so the saga looked for a payment before deciding there was nothing to refund.
        Assert.Contains("FindPayment", runner.Shop.Calls);
        Assert.Equal("cancelled", runner.Shop.StatusOfOrder(state.OrderId!));
        Assert.Equal(1, runner.Shop.Available("a"));
    }

    [Fact]
    public async Task An_order_service_down_for_a_while_is_waited_for_and_the_purchase_completes()
    {
        var runner = new SagaRunner();
        runner.Shop.Product("a", 1);
        runner.Shop.Unavailable("CreateOrder", 2);

        var state = await runner.RunAsync(runner.Begin(("a", 1)));

        Assert.Equal(PurchaseStatus.Completed, state.Status);
        Assert.Equal(3, runner.Shop.Calls.Count(c => c == "CreateOrder"));
        Assert.Equal([TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2)], runner.Waits);
        Assert.Equal(1, runner.Shop.ChargeCount);
    }

    [Theory]
    [InlineData(SagaStep.Reserve, false, false)]
    [InlineData(SagaStep.Price, false, false)]
    [InlineData(SagaStep.CreateOrder, false, false)]
    [InlineData(SagaStep.Charge, true, false)]
    [InlineData(SagaStep.ConfirmReservations, true, true)]
    public async Task A_cancel_before_each_step_undoes_what_was_done(SagaStep step, bool orderExists, bool charged)
    {
        var runner = new SagaRunner();
        runner.Shop.Product("a", 3);
        runner.Shop.Product("b", 3);
        var state = await runner.RunUntilAsync(runner.Begin(("a", 1), ("b", 2)), step);
        if (step == SagaStep.ConfirmReservations)
        {
            // Once the reservations are being confirmed the purchase goes through (the point of no return).
            state = await runner.RunAsync(state, cancelWhen: _ => true);
            Assert.Equal(PurchaseStatus.Completed, state.Status);
            Assert.Equal(0, runner.Shop.RefundedCents);
            return;
        }

        state = await runner.RunAsync(state, cancelWhen: _ => true);

        Assert.Equal(PurchaseStatus.Cancelled, state.Status);
        Assert.Equal(PurchaseSaga.CancelledByCustomerReason, state.Reason);
        Assert.Equal((3, 3), (runner.Shop.Available("a"), runner.Shop.Available("b")));
        Assert.All(state.Lines, line => Assert.Equal(LineStatus.Released, line.Status));
        Assert.Equal(runner.Shop.ChargedCents, runner.Shop.RefundedCents);
        Assert.Equal(charged, runner.Shop.ChargedCents > 0);
        Assert.Equal(orderExists, state.OrderId is not null);
        if (orderExists)
        {
            Assert.Equal("cancelled", runner.Shop.StatusOfOrder(state.OrderId!));
        }

        Assert.Contains(PurchaseStatus.Cancelling, runner.Statuses);
    }

    [Fact]
    public async Task A_hold_that_expired_before_it_was_confirmed_refunds_the_charge_and_cancels_the_order()
    {
        var runner = new SagaRunner();
        runner.Shop.Product("a", 3);
        var state = await runner.RunUntilAsync(runner.Begin(("a", 2)), SagaStep.ConfirmReservations);
        Assert.False(PurchaseSaga.MayCancel(state));
        runner.Shop.ExpireHolds();

        state = await runner.RunAsync(state);

        Assert.Equal(PurchaseStatus.Failed, state.Status);
        Assert.Equal(2_000, runner.Shop.ChargedCents);
        Assert.Equal(2_000, runner.Shop.RefundedCents);
        Assert.Equal("cancelled", runner.Shop.StatusOfOrder(state.OrderId!));
        Assert.Equal(3, runner.Shop.Available("a"));
    }

    [Fact]
    public async Task Orders_refusing_the_confirmation_after_the_stock_was_sold_puts_the_stock_back_refunds_and_cancels()
    {
        var runner = new SagaRunner();
        runner.Shop.Product("a", 5, 1_250);
        runner.Shop.Product("b", 4, 500);
        runner.Shop.RefuseOrderConfirmation = true;

        var state = await runner.RunAsync(runner.Begin(("a", 2), ("b", 1)));

        Assert.Equal(PurchaseStatus.Failed, state.Status);
        Assert.Equal("Orders refused to confirm the order", state.Reason);
        Assert.Equal([LineStatus.Returned, LineStatus.Returned], state.Lines.Select(l => l.Status));
        Assert.Equal(2, runner.Shop.Calls.Count(c => c == "Return"));
        Assert.DoesNotContain("Release", runner.Shop.Calls);
        Assert.Equal((5, 0, 0), (runner.Shop.Available("a"), runner.Shop.Held("a"), runner.Shop.Sold("a")));
        Assert.Equal((4, 0, 0), (runner.Shop.Available("b"), runner.Shop.Held("b"), runner.Shop.Sold("b")));
        Assert.Equal(3_000, runner.Shop.ChargedCents);
        Assert.Equal(3_000, runner.Shop.RefundedCents);
        Assert.Equal("cancelled", runner.Shop.StatusOfOrder(state.OrderId!));
    }

    [Fact]
    public async Task A_hold_lost_after_another_line_was_confirmed_returns_the_confirmed_one_and_releases_the_rest()
    {
        var runner = new SagaRunner();
        runner.Shop.Product("a", 3);
        runner.Shop.Product("b", 3);
        var state = await runner.RunUntilAsync(runner.Begin(("a", 1), ("b", 2)), SagaStep.ConfirmReservations);
        await runner.Saga.AdvanceAsync(state, false, CancellationToken.None);
        Assert.Equal(LineStatus.Confirmed, state.Lines[0].Status);
        runner.Shop.ExpireHolds();

        state = await runner.RunAsync(SagaRunner.Save(state));

        Assert.Equal(PurchaseStatus.Failed, state.Status);
        Assert.Equal([LineStatus.Returned, LineStatus.Released], state.Lines.Select(l => l.Status));
        Assert.Equal((3, 0), (runner.Shop.Available("a"), runner.Shop.Sold("a")));
        Assert.Equal((3, 0), (runner.Shop.Available("b"), runner.Shop.Sold("b")));
        Assert.Equal(runner.Shop.ChargedCents, runner.Shop.RefundedCents);
    }

    [Fact]
    public async Task Putting_sold_stock_back_is_retried_while_inventory_is_unreachable()
    {
        var runner = new SagaRunner();
        runner.Shop.Product("a", 2);
        runner.Shop.RefuseOrderConfirmation = true;
        runner.Shop.Unavailable("Return", 2);

        var state = await runner.RunAsync(runner.Begin(("a", 2)));

        Assert.Equal(PurchaseStatus.Failed, state.Status);
        Assert.Equal(3, runner.Shop.Calls.Count(c => c == "Return"));
        Assert.Equal((2, 0), (runner.Shop.Available("a"), runner.Shop.Sold("a")));
        Assert.Equal(LineStatus.Returned, Assert.Single(state.Lines).Status);
    }

    [Fact]
    public async Task A_crash_after_the_charge_before_its_outcome_was_saved_resumes_without_charging_twice()
    {
        var runner = new SagaRunner();
        runner.Shop.Product("a", 1);
        var beforeCharge = await runner.RunUntilAsync(runner.Begin(("a", 1)), SagaStep.Charge);

        // The charge runs, but the host dies before saving what it returned: the saved state is still "before".
        var lost = SagaRunner.Save(beforeCharge);
        await runner.Saga.AdvanceAsync(lost, false, CancellationToken.None);
        Assert.NotNull(lost.PaymentId);

        var state = await runner.RunAsync(beforeCharge);

        Assert.Equal(PurchaseStatus.Completed, state.Status);
        Assert.Equal(1, runner.Shop.ChargeCount);
        Assert.Equal(1_000, runner.Shop.ChargedCents);
        Assert.Equal(lost.PaymentId, state.PaymentId);
        Assert.Equal((0, 1), (runner.Shop.Available("a"), runner.Shop.Sold("a")));
    }

    [Fact]
    public async Task A_cancel_after_a_lost_charge_answer_finds_the_payment_and_refunds_it()
    {
        var runner = new SagaRunner();
        runner.Shop.Product("a", 1);
        runner.Shop.LoseNextChargeAnswer = true;
        var state = await runner.RunUntilAsync(runner.Begin(("a", 1)), SagaStep.Charge);
        await runner.Saga.AdvanceAsync(state, false, CancellationToken.None);
        Assert.Null(state.PaymentId);
        Assert.Equal(1_000, runner.Shop.ChargedCents);

        state = await runner.RunAsync(SagaRunner.Save(state), cancelWhen: _ => true);

        Assert.Equal(PurchaseStatus.Cancelled, state.Status);
        Assert.Equal(1_000, runner.Shop.RefundedCents);
        Assert.Equal(1, runner.Shop.Available("a"));
    }

    [Fact]
    public async Task A_compensation_that_cannot_be_done_ends_failed_with_what_is_left()
    {
        var runner = new SagaRunner();
        runner.Shop.Product("a", 1);
        runner.Shop.DeclineCards = true;
        runner.Shop.Unavailable("CancelOrder", 100);

        var state = await runner.RunAsync(runner.Begin(("a", 1)));

        Assert.Equal(PurchaseStatus.Failed, state.Status);
        Assert.Contains("compensation incomplete: CancelOrder failed after 5 attempts", state.Reason);
        Assert.Equal(5, runner.Shop.Calls.Count(c => c == "CancelOrder"));
    }

    [Fact]
    public async Task A_lost_order_answer_is_asked_again_with_the_same_key_so_that_the_order_can_be_cancelled()
    {
        var runner = new SagaRunner();
        runner.Shop.Product("a", 1);
        var state = await runner.RunUntilAsync(runner.Begin(("a", 1)), SagaStep.CreateOrder);
        await runner.Saga.AdvanceAsync(state, false, CancellationToken.None);
        // Simulate the order being made while its answer was lost.
        state.OrderId = null;
        state.Step = SagaStep.CreateOrder;

        state = await runner.RunAsync(SagaRunner.Save(state), cancelWhen: _ => true);

        Assert.Equal(PurchaseStatus.Cancelled, state.Status);
        Assert.Equal("cancelled", runner.Shop.StatusOfOrder("order-1"));
    }

    [Fact]
    public async Task An_ended_saga_does_nothing_more()
    {
        var runner = new SagaRunner();
        runner.Shop.Product("a", 1);
        var state = await runner.RunAsync(runner.Begin(("a", 1)));
        var calls = runner.Shop.Calls.Count;

        Assert.Equal(SagaTurn.Finished, await runner.Saga.AdvanceAsync(state, true, CancellationToken.None));
        Assert.Equal(calls, runner.Shop.Calls.Count);
        Assert.Equal(PurchaseStatus.Completed, state.Status);
    }

    [Fact]
    public async Task A_step_that_throws_is_retried_like_an_unreachable_service_then_compensated()
    {
        var runner = new SagaRunner();
        runner.Shop.Product("a", 1);
        runner.Shop.Throws("Price", new System.Text.Json.JsonException("unreadable"));

        var state = await runner.RunAsync(runner.Begin(("a", 1)));

        Assert.Equal(PurchaseStatus.Failed, state.Status);
        Assert.Contains("Price failed after 4 attempts: JsonException: unreadable", state.Reason);
        Assert.Equal(1, runner.Shop.Available("a"));
    }

    [Fact]
    public void Retry_waits_double_up_to_the_limit()
    {
        var policy = new SagaRetryPolicy { FirstDelay = TimeSpan.FromSeconds(2), MaxDelay = TimeSpan.FromSeconds(10) };

        Assert.Equal([2, 4, 8, 10, 10], Enumerable.Range(1, 5).Select(n => policy.DelayAfter(n).TotalSeconds));
    }
}
