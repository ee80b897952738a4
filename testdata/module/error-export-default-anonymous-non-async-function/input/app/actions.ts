'use server'

export default function () {}
