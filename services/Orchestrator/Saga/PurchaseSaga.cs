namespace PurchasePlatform.Orchestrator.Saga;

/// <summary>
/// The purchase saga as a state machine over <see cref="PurchaseState"/>, independent of its host. Forward: reserve
/// every line, price, create the order, charge, confirm the reservations and the order, notify. On a rejection, on
/// retries running out, or on the customer's cancel (honoured until the reservations are confirmed: the point of no
/// return), it compensates in reverse: refund, cancel the order, release the reservations (and put back the stock of
/// those already confirmed). <see cref="AdvanceAsync"/>
/// runs one step; the host saves the state after each call, then publishes <see cref="PurchaseState.PendingEvents"/>.
/// </summary>
public sealed class PurchaseSaga(IPurchaseSteps steps, SagaRetryPolicy retry, TimeProvider clock)
{
    public const string CancelledByCustomerReason = "Cancelled by the customer";

    public static PurchaseState Begin(string purchaseId, string userId, IEnumerable<(string ProductId, int Quantity)> lines, string paymentMethodId,
        DateTimeOffset now)
    {
        var state = new PurchaseState
        {
            PurchaseId = purchaseId,
            UserId = userId,
            Lines = lines.Select(line => new PurchaseLine { ProductId = line.ProductId, Quantity = line.Quantity }).ToList(),
            PaymentMethodId = paymentMethodId,
            CreatedAt = now,
            UpdatedAt = now,
        };
        Emit(state, null, now);
        return state;
    }

    /// <summary>Whether a cancel asked for now would still be honoured.</summary>
    public static bool MayCancel(PurchaseState state) => !state.IsFinal && !state.IsCompensating && state.Step < SagaStep.ConfirmReservations;

    /// <summary>Runs the step the saga is at, once, and records its outcome in <paramref name="state"/>.</summary>
    /// <param name="cancelRequested">The customer asked to cancel; honoured while <see cref="MayCancel"/>.</param>
    public async Task<SagaTurn> AdvanceAsync(PurchaseState state, bool cancelRequested, CancellationToken cancellationToken)
    {
        if (state.IsFinal)
        {
            return SagaTurn.Finished;
        }

        if (cancelRequested && MayCancel(state))
        {
            Compensate(state, CancelledByCustomerReason, byCustomer: true);
            return SagaTurn.Continue;
        }

        if (state.NextAttemptAt is { } due && due > clock.GetUtcNow())
        {
            return SagaTurn.Wait;
        }

        SagaTurn turn;
        try
        {
            turn = await RunStepAsync(state, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // A step that throws (an answer it cannot read, a bug) is retried and counted like an unreachable service.
            var failure = StepResult.Transient($"{ex.GetType().Name}: {ex.Message}");
            turn = state.IsCompensating ? Backward(state, failure, state.Step) : Forward(state, failure, state.Step, state.Status);
        }

        state.UpdatedAt = clock.GetUtcNow();
        return state.IsFinal ? SagaTurn.Finished : turn;
    }

    private async Task<SagaTurn> RunStepAsync(PurchaseState state, CancellationToken cancellationToken) =>
        state.Step switch
        {
            SagaStep.Reserve => await ReserveAsync(state, cancellationToken),
            SagaStep.Price => await PriceAsync(state, cancellationToken),
            SagaStep.CreateOrder => await CreateOrderAsync(state, cancellationToken),
            SagaStep.Charge => await ChargeAsync(state, cancellationToken),
            SagaStep.ConfirmReservations => await ConfirmReservationsAsync(state, cancellationToken),
            SagaStep.ConfirmOrder => Forward(state, await steps.ConfirmOrderAsync(state, cancellationToken), SagaStep.Notify, PurchaseStatus.Confirming),
            SagaStep.Notify => await NotifyAsync(state, cancellationToken),
            SagaStep.Refund => await RefundAsync(state, cancellationToken),
            SagaStep.CancelOrder => await CancelOrderAsync(state, cancellationToken),
            SagaStep.ReleaseReservations => await ReleaseAsync(state, cancellationToken),
            _ => throw new InvalidOperationException($"A saga at {state.Step} must be final"),
        };

    private async Task<SagaTurn> ReserveAsync(PurchaseState state, CancellationToken cancellationToken)
    {
        SetStatus(state, PurchaseStatus.Reserving);
        if (state.Lines.FirstOrDefault(line => line.Status == LineStatus.Pending) is not { } line)
        {
            return MoveTo(state, SagaStep.Price, PurchaseStatus.Ordering);
        }

        var result = await steps.ReserveAsync(state.PurchaseId, line, cancellationToken);
        if (result is StepResult.Refused)
        {
            line.Status = LineStatus.OutOfStock;
        }
        else if (result is StepResult.Succeeded)
        {
            line.Status = LineStatus.Reserved;
        }

        return Forward(state, result, SagaStep.Reserve, PurchaseStatus.Reserving);
    }

    private async Task<SagaTurn> PriceAsync(PurchaseState state, CancellationToken cancellationToken)
    {
        var result = await steps.PriceAsync(state.Lines, cancellationToken);
        if (result.Value is { } prices)
        {
            foreach (var line in state.Lines)
            {
                var price = prices.FirstOrDefault(p => p.ProductId == line.ProductId);
                line.UnitPriceCents = price?.UnitPriceCents;
                line.Name = price?.Name;
            }
        }

        return Forward(state, result.Outcome, SagaStep.CreateOrder, PurchaseStatus.Ordering);
    }

    private async Task<SagaTurn> CreateOrderAsync(PurchaseState state, CancellationToken cancellationToken)
    {
        state.OrderCreateAttempted = true;
        var result = await steps.CreateOrderAsync(state, cancellationToken);
        if (result.Value is { } order)
        {
            state.OrderId = order.OrderId;
            state.AmountCents = order.TotalCents;
            state.Currency = order.Currency;
        }

        return Forward(state, result.Outcome, SagaStep.Charge, PurchaseStatus.Paying);
    }

    private async Task<SagaTurn> ChargeAsync(PurchaseState state, CancellationToken cancellationToken)
    {
        state.ChargeAttempted = true;
        var result = await steps.ChargeAsync(state, cancellationToken);
        if (result.Value is { } paymentId)
        {
            state.PaymentId = paymentId;
        }

        return Forward(state, result.Outcome, SagaStep.ConfirmReservations, PurchaseStatus.Confirming);
    }

    private async Task<SagaTurn> ConfirmReservationsAsync(PurchaseState state, CancellationToken cancellationToken)
    {
        if (state.Lines.FirstOrDefault(line => line.Status == LineStatus.Reserved) is not { } line)
        {
            return MoveTo(state, SagaStep.ConfirmOrder, PurchaseStatus.Confirming);
        }

        var result = await steps.ConfirmReservationAsync(state.PurchaseId, line, cancellationToken);
        if (result is StepResult.Succeeded)
        {
            line.Status = LineStatus.Confirmed;
        }

        return Forward(state, result, SagaStep.ConfirmReservations, PurchaseStatus.Confirming);
    }

    private async Task<SagaTurn> NotifyAsync(PurchaseState state, CancellationToken cancellationToken)
    {
        var result = await steps.NotifyAsync(state, cancellationToken);
        return Forward(state, result, SagaStep.Done, PurchaseStatus.Completed);
    }

    private async Task<SagaTurn> RefundAsync(PurchaseState state, CancellationToken cancellationToken)
    {
        if (state.PaymentId is null && state.ChargeAttempted)
        {
            // The charge's answer was lost (crash, timeout): look for the payment before deciding there is none.
            var found = await steps.FindPaymentAsync(state, cancellationToken);
            if (found.Outcome is not StepResult.Succeeded)
            {
                return Backward(state, found.Outcome, SagaStep.Refund);
            }

            state.PaymentId = found.Value;
            state.ChargeAttempted = found.Value is not null;
            return SagaTurn.Continue;
        }

        if (state.PaymentId is null || state.Refunded)
        {
            return MoveTo(state, SagaStep.CancelOrder, state.Status);
        }

        var result = await steps.RefundAsync(state, cancellationToken);
        if (result is StepResult.Succeeded)
        {
            state.Refunded = true;
        }

        return Backward(state, result, SagaStep.CancelOrder);
    }

    private async Task<SagaTurn> CancelOrderAsync(PurchaseState state, CancellationToken cancellationToken)
    {
        if (state.OrderId is null && state.OrderCreateAttempted)
        {
            // Asking again with the same key answers the order made the first time, if any, so that it can be cancelled.
            var again = await steps.CreateOrderAsync(state, cancellationToken);
            if (again.Outcome is StepResult.Unavailable)
            {
                return Backward(state, again.Outcome, SagaStep.CancelOrder);
            }

            state.OrderId = again.Value?.OrderId;
            state.OrderCreateAttempted = state.OrderId is not null;
            return SagaTurn.Continue;
        }

        if (state.OrderId is null || state.OrderCancelled)
        {
            return MoveTo(state, SagaStep.ReleaseReservations, state.Status);
        }

        var result = await steps.CancelOrderAsync(state, cancellationToken);
        if (result is StepResult.Succeeded)
        {
            state.OrderCancelled = true;
        }

        return Backward(state, result, SagaStep.ReleaseReservations);
    }

    private async Task<SagaTurn> ReleaseAsync(PurchaseState state, CancellationToken cancellationToken)
    {
        // Lines never reached are released too: a reservation whose answer was lost may exist; releasing nothing is harmless.
        if (state.Lines.FirstOrDefault(line => line.Status is LineStatus.Pending or LineStatus.Reserved or LineStatus.Confirmed) is not { } line)
        {
            state.Step = SagaStep.Compensated;
            state.Attempts = 0;
            state.NextAttemptAt = null;
            SetStatus(state, state.CancelledByCustomer ? PurchaseStatus.Cancelled : PurchaseStatus.Failed);
            return SagaTurn.Finished;
        }

        var confirmed = line.Status == LineStatus.Confirmed;
        var result = confirmed
            ? await steps.ReturnAsync(state.PurchaseId, line, cancellationToken)
            : await steps.ReleaseAsync(state.PurchaseId, line, cancellationToken);
        if (result is not StepResult.Unavailable)
        {
            line.Status = confirmed ? LineStatus.Returned : LineStatus.Released;
        }

        return Backward(state, result, SagaStep.ReleaseReservations);
    }

    // A forward step's outcome: on to `next`, compensation when refused, a retry (or compensation when retries ran out) when unavailable.
    private SagaTurn Forward(PurchaseState state, StepResult result, SagaStep next, string status)
    {
        switch (result)
        {
            case StepResult.Succeeded:
                return MoveTo(state, next, status);
            case StepResult.Refused refused:
                Compensate(state, refused.Reason, byCustomer: false);
                return SagaTurn.Continue;
            case StepResult.Unavailable unavailable:
                if (state.Attempts + 1 >= retry.MaxAttempts)
                {
                    Compensate(state, $"{state.Step} failed after {state.Attempts + 1} attempts: {unavailable.Error}", byCustomer: false);
                    return SagaTurn.Continue;
                }

                return RetryLater(state, unavailable.Error);
            default:
                throw new InvalidOperationException($"Unknown step result {result}");
        }
    }

    // A compensation's outcome: a refusal cannot be retried, so it is noted and the compensation goes on.
    private SagaTurn Backward(PurchaseState state, StepResult result, SagaStep next)
    {
        switch (result)
        {
            case StepResult.Succeeded:
                return MoveTo(state, next, state.Status);
            case StepResult.Refused refused:
                state.Reason = $"{state.Reason}; {state.Step} refused: {refused.Reason}";
                return MoveTo(state, next, state.Status);
            case StepResult.Unavailable unavailable:
                if (state.Attempts + 1 >= retry.MaxCompensationAttempts)
                {
                    state.Reason = $"{state.Reason}; compensation incomplete: {state.Step} failed after {state.Attempts + 1} attempts: {unavailable.Error}";
                    state.Step = SagaStep.Compensated;
                    state.NextAttemptAt = null;
                    SetStatus(state, PurchaseStatus.Failed);
                    return SagaTurn.Finished;
                }

                return RetryLater(state, unavailable.Error);
            default:
                throw new InvalidOperationException($"Unknown step result {result}");
        }
    }

    private SagaTurn RetryLater(PurchaseState state, string error)
    {
        state.Attempts++;
        state.LastError = error;
        state.NextAttemptAt = clock.GetUtcNow() + retry.DelayAfter(state.Attempts);
        return SagaTurn.Wait;
    }

    private SagaTurn MoveTo(PurchaseState state, SagaStep next, string status)
    {
        state.Step = next;
        state.Attempts = 0;
        state.LastError = null;
        state.NextAttemptAt = null;
        SetStatus(state, status);
        return SagaTurn.Continue;
    }

    private void Compensate(PurchaseState state, string reason, bool byCustomer)
    {
        state.Step = SagaStep.Refund;
        state.Attempts = 0;
        state.NextAttemptAt = null;
        state.Reason = reason;
        state.CancelledByCustomer = byCustomer;
        SetStatus(state, byCustomer ? PurchaseStatus.Cancelling : PurchaseStatus.Compensating);
    }

    private void SetStatus(PurchaseState state, string status)
    {
        if (state.Status == status)
        {
            return;
        }

        var previous = state.Status;
        state.Status = status;
        Emit(state, previous, clock.GetUtcNow());
    }

    private static void Emit(PurchaseState state, string? previous, DateTimeOffset now)
    {
        state.EventSequence++;
        var eventId = $"{state.PurchaseId}:{state.EventSequence}";
        state.PendingEvents.Add(new PurchaseEvent(eventId, PurchaseTopics.StatusChanged, Describe(state, eventId, "purchase_status_changed", previous, now)));
    }

    /// <summary>The event body for the purchase as it is now.</summary>
    public static PurchaseStatusChanged Describe(PurchaseState state, string eventId, string eventType, string? previous, DateTimeOffset now) =>
        new(eventId, eventType, state.PurchaseId, state.UserId, state.Status, previous, state.Reason, state.OrderId, state.PaymentId,
            state.AmountCents, state.Currency, state.Lines.Select(line => new PurchaseEventLine(line.ProductId, line.Quantity, line.Status)).ToList(),
            now);
}
