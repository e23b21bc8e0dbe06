-- Weeks the client disputed before disputes could be mediated get their dispute, so an admin can decide them: the
-- client's reason is the statement, and the freelancer gets the usual five days from now to answer.
insert into dispute (contract_id, work_kind, work_id, work_title, amount_minor, currency, client_id, freelancer_id,
                     opened_by, reason, statement, opened_at, state, deadline)
select w.contract_id, 'WEEK', w.id, 'Week ' || to_char(w.week_start, 'IYYY-"W"IW'), w.amount_minor, c.currency,
       c.client_id, c.freelancer_id, c.client_id, 'OTHER', w.dispute_reason, coalesce(w.decided_at, w.billed_at),
       'AWAITING_RESPONSE', now() + interval '5 days'
from contract_billed_week w
join contract c on c.id = w.contract_id
where w.state = 'DISPUTED'
  and not exists (select 1 from dispute d where d.work_kind = 'WEEK' and d.work_id = w.id);
