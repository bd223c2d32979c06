import { useId } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';

/** One checkbox of a group registered under one name: checked values form an array. */
export function CheckItem({
  label,
  value,
  registration,
}: {
  label: string;
  value: string;
  registration: UseFormRegisterReturn;
}) {
  const id = useId();
  return (
    <div className="checkbox">
      <input id={id} type="checkbox" value={value} {...registration} />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}
