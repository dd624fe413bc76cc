import {
  ComplaintAcknowledgementSchema,
  ComplaintCreateSchema,
  ComplaintExtensionSchema,
  ComplaintHandlerSchema,
  ComplaintOutcomeSchema,
  ComplaintWithdrawalSchema,
} from '@gezinsdossier/domain';
import { z } from 'zod';
import { acknowledgeComplaint } from '../../commands/acknowledge-complaint';
import { assignComplaintHandler } from '../../commands/assign-complaint-handler';
import { decideComplaint } from '../../commands/decide-complaint';
import { extendComplaintTerm } from '../../commands/extend-complaint-term';
import { recordComplaint } from '../../commands/record-complaint';
import { withdrawComplaint } from '../../commands/withdraw-complaint';
import {
  ComplaintAssignmentSchema,
  ComplaintDecidedSchema,
  ComplaintListSchema,
  ComplaintRecordedSchema,
  ComplaintSchema,
} from '../../presenters/complaint.presenter';
import { getComplaint } from '../../queries/get-complaint';
import { listComplaintAssignments } from '../../queries/list-complaint-assignments';
import { listHouseholdComplaints } from '../../queries/list-complaints';
import type { App, Run } from '../app';
import { route } from './define';
import { HouseholdParams } from './params';

const ComplaintParams = HouseholdParams.extend({ complaintId: z.uuid() });

/**
 * Complaints (KT9-R3, LS-15): recorded by the team for the family, acknowledged, given to an independent
 * handler, decided within the terms of the rule pack (extendable once), or withdrawn; the AKJ's support
 * offered where it applies. A complaint is never shown to the professional it is about.
 */
export async function registerComplaintRoutes(app: App, run: Run): Promise<void> {
  const tags = ['complaints'];
  const h = '/households/:householdId';
  const c = `${h}/complaints/:complaintId`;

  route(app, run, {
    method: 'GET',
    path: `${h}/complaints`,
    operationId: 'listComplaints',
    summary: "The household's complaints with their terms (the team; the handler sees the one they handle)",
    tags,
    params: HouseholdParams,
    response: ComplaintListSchema,
    handler: (ctx, { params }) => listHouseholdComplaints(ctx, params.householdId),
  });
  route(app, run, {
    method: 'POST',
    path: `${h}/complaints`,
    operationId: 'recordComplaint',
    summary: 'Record a complaint on behalf of the family; its terms start from the day it was received',
    tags,
    params: HouseholdParams,
    body: ComplaintCreateSchema,
    response: ComplaintRecordedSchema,
    status: 201,
    handler: (ctx, { params, body }) => recordComplaint(ctx, params.householdId, body),
  });
  route(app, run, {
    method: 'GET',
    path: c,
    operationId: 'getComplaint',
    summary: 'One complaint with its terms, handler, outcome and the AKJ support offered',
    tags,
    params: ComplaintParams,
    response: ComplaintSchema,
    handler: (ctx, { params }) => getComplaint(ctx, params.householdId, params.complaintId),
  });
  route(app, run, {
    method: 'POST',
    path: `${c}/acknowledgements`,
    operationId: 'acknowledgeComplaint',
    summary: 'Confirm receipt to the complainant, with the AKJ support offered where it applies',
    tags,
    params: ComplaintParams,
    body: ComplaintAcknowledgementSchema,
    response: ComplaintSchema,
    status: 201,
    handler: (ctx, { params, body }) =>
      acknowledgeComplaint(ctx, params.householdId, params.complaintId, body),
  });
  route(app, run, {
    method: 'PUT',
    path: `${c}/handler`,
    operationId: 'assignComplaintHandler',
    summary: 'Give the complaint to an independent handler: not in the team, not the one complained about',
    tags,
    params: ComplaintParams,
    body: ComplaintHandlerSchema,
    response: ComplaintSchema,
    handler: (ctx, { params, body }) =>
      assignComplaintHandler(ctx, params.householdId, params.complaintId, body),
  });
  route(app, run, {
    method: 'POST',
    path: `${c}/extensions`,
    operationId: 'extendComplaintTerm',
    summary: 'Extend the decision term once, before it ends, with a reason (the handler)',
    tags,
    params: ComplaintParams,
    body: ComplaintExtensionSchema,
    response: ComplaintSchema,
    status: 201,
    handler: (ctx, { params, body }) =>
      extendComplaintTerm(ctx, params.householdId, params.complaintId, body),
  });
  route(app, run, {
    method: 'POST',
    path: `${c}/outcomes`,
    operationId: 'decideComplaint',
    summary: 'Decide the complaint with reasons and what will change (the handler; this ends their access)',
    tags,
    params: ComplaintParams,
    body: ComplaintOutcomeSchema,
    response: ComplaintDecidedSchema,
    status: 201,
    handler: (ctx, { params, body }) => decideComplaint(ctx, params.householdId, params.complaintId, body),
  });
  route(app, run, {
    method: 'POST',
    path: `${c}/withdrawals`,
    operationId: 'withdrawComplaint',
    summary: 'Record that the complainant withdrew the complaint',
    tags,
    params: ComplaintParams,
    body: ComplaintWithdrawalSchema,
    response: ComplaintSchema,
    status: 201,
    handler: (ctx, { params, body }) => withdrawComplaint(ctx, params.householdId, params.complaintId, body),
  });
  route(app, run, {
    method: 'GET',
    path: '/complaint-assignments',
    operationId: 'listComplaintAssignments',
    summary: 'The open complaints I handle, soonest decision first',
    tags,
    response: z.array(ComplaintAssignmentSchema),
    handler: (ctx) => listComplaintAssignments(ctx),
  });
}
