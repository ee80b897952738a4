'use server'

import { repo } from '../lib/repo'

export const save = repo.save
