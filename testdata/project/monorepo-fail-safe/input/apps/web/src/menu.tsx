import { banUser } from '~admin/actions';

export const Menu = () => [banUser];
