import { deletePost } from './actions/Posts';
import { banUser } from '~admin/actions';
import * as forms from '@acme/ui/forms';

export const Form = () => [deletePost, banUser, forms];
