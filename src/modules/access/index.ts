// Authorization in one place: every service asks this module who the caller is in a
// collective and what their role allows. It has no routes.
export {
  collectiveNotFound,
  isActiveMember,
  isAdmin,
  activeMemberNames,
  activeMembership,
  memberNames,
  memberStatus,
  requireAdmin,
  requireMember,
  requireOwner,
  type Membership,
  type Role,
} from './access.service.js';
